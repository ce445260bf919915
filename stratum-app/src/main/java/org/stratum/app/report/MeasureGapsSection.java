package org.stratum.app.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.stratum.app.StratumProperties;
import org.stratum.app.equity.Figures;
import org.stratum.app.web.measures.LargestGap;
import org.stratum.app.web.measures.MeasureOverview;
import org.stratum.app.web.measures.Overview;
import org.stratum.app.web.measures.OverviewRow;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.StratifyingDimension;
import org.stratum.engine.equity.WarehouseMeasureStrata;
import org.stratum.engine.measure.CustomMeasures;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The stratified measures with the largest gaps by race and ethnicity, with their trend, as the
 * measures overview shows them (its suppression included), credible gaps first; for leadership also
 * the leading measures' rates by site. Counts of 1 to 10 are never shown: the overview and the site
 * tables suppress them (complementary suppression included), and patients to equity below 11 are
 * written as such.
 */
@Component
class MeasureGapsSection implements EquityReportSection {
    static final int ROWS = 10;
    static final int MEASURES_BY_SITE = 5;
    private static final SuppressionPolicy SUPPRESSION = SuppressionPolicy.CMS;

    /** The section's content; {@code measuredPeriod} is null, with a note, when nothing was computed for the period. */
    record MeasureGaps(String measuredPeriod, String note, List<GapRow> largest, List<BySite> bySite, boolean showsSites) {
    }

    /** A measure group with its largest credible gap by race and ethnicity; the gap's fields are null without one. */
    record GapRow(String measure, String rate, String interval, String eligible, String group, String difference,
            String differenceInterval, String patientsToEquity, String trend) {
    }

    /** A measure's rates by site. */
    record BySite(String measure, List<SiteRates.SiteRate> sites) {
    }

    private final MeasureOverview overview;
    private final ObjectProvider<Warehouse> warehouse;
    private final StratumProperties properties;
    private final Figures figures = new Figures();

    MeasureGapsSection(MeasureOverview overview, ObjectProvider<Warehouse> warehouse, StratumProperties properties) {
        this.overview = overview;
        this.warehouse = warehouse;
        this.properties = properties;
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    public String fragment() {
        return "report/sections :: measures";
    }

    @Override
    public Optional<Object> content(ReportRequest request) {
        boolean local = request.audience().showsSitesAndClinicians();
        Warehouse open = warehouse.getIfAvailable();
        Overview latest = open == null ? null : overview.build(null);
        if (latest == null || latest.period() == null) {
            return Optional.of(new MeasureGaps(null, "No measure has been computed yet.", List.of(), List.of(), local));
        }
        Optional<MeasurementPeriod> chosen = measuredPeriod(latest.periods(), request.period());
        if (chosen.isEmpty()) {
            return Optional.of(new MeasureGaps(null, "No measure has been computed for a period ending between "
                    + request.period().start() + " and " + request.period().end() + ".", List.of(), List.of(), local));
        }
        Overview shown = overview.build(chosen.get().toString());
        List<OverviewRow> leading = shown.rows().stream()
                .sorted(Comparator.comparingLong((OverviewRow row) -> row.gap() == null ? -1 : row.gap().patientsToEquity())
                        .reversed().thenComparing(OverviewRow::title))
                .limit(ROWS).toList();
        return Optional.of(new MeasureGaps(chosen.get().toString(), null, leading.stream().map(this::gapRow).toList(),
                local ? bySite(open, chosen.get(), leading) : List.of(), local));
    }

    /** The period asked for if computed; otherwise the computed period ending latest within it (the longest of those). */
    static Optional<MeasurementPeriod> measuredPeriod(List<MeasurementPeriod> computed, MeasurementPeriod asked) {
        if (computed.contains(asked)) {
            return Optional.of(asked);
        }
        return computed.stream().filter(p -> !p.end().isBefore(asked.start()) && !p.end().isAfter(asked.end()))
                .max(Comparator.comparing(MeasurementPeriod::end).thenComparing(p -> p.end().toEpochDay() - p.start().toEpochDay()));
    }

    private GapRow gapRow(OverviewRow row) {
        LargestGap gap = row.gap();
        return new GapRow(row.title(), figures.percent(row.total().rate()),
                figures.interval(row.total().rateLow(), row.total().rateHigh()), figures.count(row.total().eligible()),
                gap == null ? null : gap.group() + " (" + gap.dimension() + ")",
                gap == null ? null : figures.points(gap.difference()),
                gap == null ? null : figures.pointsInterval(gap.differenceLow(), gap.differenceHigh()),
                gap == null ? null : patients(gap.patientsToEquity()),
                row.trend() == null ? "no trend" : row.trend().summary());
    }

    private List<BySite> bySite(Warehouse open, MeasurementPeriod period, List<OverviewRow> leading) {
        MeasureLibrary library = CustomMeasures.load(DataDirectory.at(properties.dataDir()), open);
        WarehouseMeasureStrata strata = new WarehouseMeasureStrata(open);
        return leading.stream().limit(MEASURES_BY_SITE).map(row -> {
            MeasureDefinition measure = library.require(row.measureId());
            String group = row.groupId() != null ? row.groupId() : measure.groups().get(0).id();
            List<GroupCount> sites = strata.count(measure, period, StratifyingDimension.SITE).getOrDefault(group, List.of());
            return new BySite(row.title(), SiteRates.of(sites));
        }).filter(table -> !table.sites().isEmpty()).toList();
    }

    /** Patients to equity, unless fewer than the suppression threshold, which would show a small count. */
    private static String patients(long patients) {
        return SUPPRESSION.isSmall(patients) ? "fewer than " + SUPPRESSION.threshold() : String.format(Locale.ROOT, "%,d", patients);
    }
}
