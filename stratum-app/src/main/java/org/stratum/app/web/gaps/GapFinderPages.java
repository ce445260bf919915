package org.stratum.app.web.gaps;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.stratum.app.StratumProperties;
import org.stratum.app.organisation.CareSites;
import org.stratum.core.equity.gaps.Gap;
import org.stratum.core.equity.gaps.GapCriteria;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.GapScanResult;
import org.stratum.engine.equity.StratifyingDimension;
import org.stratum.engine.equity.WarehouseMeasureTotals;
import org.stratum.engine.measure.CustomMeasures;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Runs the engine's gap scan (the same as {@code stratum gaps}, default criteria) for the page, kept by
 * {@link GapScans} until the warehouse changes, and decomposes the chosen gap with what the core's finder
 * already computed; nothing is re-derived here.
 */
@Component
class GapFinderPages {
    /** As many as {@code stratum gaps} lists by default. */
    static final int SHOWN = 20;
    private static final SuppressionPolicy POLICY = SuppressionPolicy.CMS;

    private final ObjectProvider<Warehouse> warehouse;
    private final StratumProperties properties;
    private final CareSites careSites;
    private final GapScans scans;

    GapFinderPages(ObjectProvider<Warehouse> warehouse, StratumProperties properties, CareSites careSites,
            GapScans scans) {
        this.warehouse = warehouse;
        this.properties = properties;
        this.careSites = careSites;
        this.scans = scans;
    }

    GapFinderPage build(String askedPeriod, String askedGap, String fdr, String minimumGroup) {
        GapCriteria criteria = criteria(fdr, minimumGroup);
        Warehouse open = warehouse.getIfAvailable();
        if (open == null) {
            throw new IllegalStateException("No warehouse is open: start the web app with 'stratum serve'");
        }
        List<MeasurementPeriod> periods = new WarehouseMeasureTotals(open).computedPeriods();
        if (periods.isEmpty()) {
            throw new BadGapRequest("period", "gaps.problem.nothingComputed");
        }
        MeasurementPeriod period = period(askedPeriod, periods);
        GapScanResult result = scans.scan(open, CustomMeasures.load(DataDirectory.at(properties.dataDir()), open)
                .measures(), period, criteria);
        List<Gap> top = result.findings().top(SHOWN);
        List<ShownGap> shown = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            Gap gap = top.get(i);
            shown.add(new ShownGap(i + 1, gap, gap.disclosable(POLICY), outreachQuery(gap, period).orElse(null)));
        }
        ShownGap selected = selected(askedGap, shown);
        Map<String, String> siteNames = careSites.list().stream()
                .collect(Collectors.toMap(CareSites.CareSite::siteKey, CareSites.CareSite::name, (a, b) -> a));
        List<DecompositionView> decompositions = selected == null || !selected.disclosable() ? List.of()
                : selected.gap().decompositions().stream().map(d -> DecompositionView.of(d, siteNames)).toList();
        return new GapFinderPage(result, periods, shown, selected, decompositions);
    }

    /** The CLI's defaults and limits: a false discovery rate in (0, 1), groups of at least 11. */
    private static GapCriteria criteria(String fdr, String minimumGroup) {
        GapCriteria criteria = GapCriteria.defaults();
        if (fdr != null && !fdr.isBlank()) {
            try {
                criteria = criteria.withFalseDiscoveryRate(Double.parseDouble(fdr.trim()));
            } catch (IllegalArgumentException e) {
                throw new BadGapRequest("fdr", "gaps.problem.fdr", fdr);
            }
        }
        if (minimumGroup != null && !minimumGroup.isBlank()) {
            try {
                criteria = criteria.withMinimumGroupSize(Long.parseLong(minimumGroup.trim()));
            } catch (IllegalArgumentException e) {
                throw new BadGapRequest("min-group", "gaps.problem.minGroup", minimumGroup);
            }
        }
        return criteria;
    }

    private static ShownGap selected(String asked, List<ShownGap> shown) {
        if (asked == null || asked.isBlank()) {
            return null;
        }
        try {
            int rank = Integer.parseInt(asked.trim());
            if (rank >= 1 && rank <= shown.size()) {
                return shown.get(rank - 1);
            }
        } catch (NumberFormatException e) {
            // answered below, as for a rank out of range
        }
        throw new BadGapRequest("gap", "gaps.problem.gap", asked, shown.size());
    }

    private static MeasurementPeriod period(String asked, List<MeasurementPeriod> computed) {
        if (asked == null || asked.isBlank()) {
            return computed.get(0);
        }
        MeasurementPeriod period;
        try {
            period = MeasurementPeriod.parse(asked.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadGapRequest("period", "gaps.problem.period", asked);
        }
        if (!computed.contains(period)) {
            throw new BadGapRequest("period", "gaps.problem.periodNotComputed", period.toString());
        }
        return period;
    }

    /**
     * The outreach list of a gap's group within its slice, in the outreach page's URL contract; none when
     * the slice's filter or the gap's dimension is not an outreach dimension (yet).
     */
    private static Optional<String> outreachQuery(Gap gap, MeasurementPeriod period) {
        Optional<StratifyingDimension> dimension = Arrays.stream(StratifyingDimension.values())
                .filter(d -> d.title().equals(gap.dimension())).findFirst();
        Optional<StratifyingDimension> filter = gap.slice().isEveryone() ? Optional.empty()
                : StratifyingDimension.fromParameter(gap.slice().filter().replace('_', '-'));
        if (dimension.isEmpty() || (!gap.slice().isEveryone() && filter.isEmpty())) {
            return Optional.empty();
        }
        String[] measureAndGroup = gap.measure().id().split("/", 2);
        StringBuilder query = new StringBuilder("measure=").append(encode(measureAndGroup[0]))
                .append("&period=").append(encode(period.toString()));
        if (measureAndGroup.length == 2) {
            query.append("&group=").append(encode(measureAndGroup[1]));
        }
        query.append("&filter=").append(encode(dimension.get().parameter() + "=" + gap.group().group()));
        filter.ifPresent(f -> query.append("&filter=").append(encode(f.parameter() + "=" + gap.slice().value())));
        return Optional.of(query.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
