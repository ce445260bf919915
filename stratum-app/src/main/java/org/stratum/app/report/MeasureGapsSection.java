package org.stratum.app.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.stratum.app.StratumProperties;
import org.stratum.app.web.measures.Figures;
import org.stratum.app.web.measures.LargestGap;
import org.stratum.app.web.measures.MeasureOverview;
import org.stratum.app.web.measures.Overview;
import org.stratum.app.web.measures.OverviewRow;
import org.stratum.core.equity.gaps.Gap;
import org.stratum.core.equity.gaps.GapCriteria;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.GapScan;
import org.stratum.engine.measure.CustomMeasures;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The stratified measures with the largest gaps by race and ethnicity, with their trend, as the
 * measures overview shows them (its suppression included); for leadership also the gap finder's
 * largest gaps within single sites and clinicians. Counts of 1 to 10 are never shown: the overview
 * hides them, gaps resting on one are left out, and patients to equity below 11 are written as such.
 */
@Component
class MeasureGapsSection implements EquityReportSection {
    static final int ROWS = 10;
    private static final Set<String> SITE_AND_CLINICIAN = Set.of("site", "clinician");
    private static final SuppressionPolicy SUPPRESSION = SuppressionPolicy.CMS;

    /** The section's content; {@code measuredPeriod} is null, with a note, when nothing was computed for the period. */
    record MeasureGaps(String measuredPeriod, String note, List<GapRow> largest, List<LocalGap> local, boolean showsLocal) {
    }

    /** A measure group with its largest credible gap by race and ethnicity. */
    record GapRow(String measure, String rate, String interval, String eligible, String group, String difference,
            String differenceInterval, String patientsToEquity, String trend) {
    }

    /** A gap within one site or clinician's patients. */
    record LocalGap(String measure, String where, String group, String groupRate, String othersRate, String difference,
            String patientsToEquity) {
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
        List<GapRow> largest = shown.rows().stream().filter(row -> row.gap() != null)
                .sorted(Comparator.comparingLong((OverviewRow row) -> row.gap().patientsToEquity()).reversed())
                .limit(ROWS).map(this::gapRow).toList();
        return Optional.of(new MeasureGaps(chosen.get().toString(), null, largest,
                local ? localGaps(open, chosen.get()) : List.of(), local));
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
                gap.group() + " (" + gap.dimension() + ")", figures.points(gap.difference()),
                figures.pointsInterval(gap.differenceLow(), gap.differenceHigh()), patients(gap.patientsToEquity()),
                row.trend() == null ? "no trend" : row.trend().summary());
    }

    private List<LocalGap> localGaps(Warehouse open, MeasurementPeriod period) {
        var library = CustomMeasures.load(DataDirectory.at(properties.dataDir()), open);
        return new GapScan(open).scan(library.measures(), period, GapCriteria.defaults()).findings().gaps().stream()
                .filter(gap -> SITE_AND_CLINICIAN.contains(gap.slice().filter()))
                .filter(gap -> gap.disclosable(SUPPRESSION))
                .limit(ROWS)
                .map(this::localGap)
                .toList();
    }

    private LocalGap localGap(Gap gap) {
        return new LocalGap(gap.measure().name(), gap.slice().description(), gap.group().group() + " (" + gap.dimension() + ")",
                figures.percent(gap.groupRate()), figures.percent(gap.referenceRate()),
                figures.points(gap.difference().estimate()), patients(gap.patients()));
    }

    /** Patients to equity, unless fewer than the suppression threshold, which would show a small count. */
    private static String patients(long patients) {
        return SUPPRESSION.isSmall(patients) ? "fewer than " + SUPPRESSION.threshold() : String.format(Locale.ROOT, "%,d", patients);
    }
}
