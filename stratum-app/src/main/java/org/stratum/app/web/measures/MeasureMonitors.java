package org.stratum.app.web.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stratum.app.annotations.ChartAnnotation;
import org.stratum.app.annotations.ChartAnnotations;
import org.stratum.app.equity.OfferedDimensions;
import org.stratum.core.equity.compare.Difference;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.equity.compare.NewcombeDifference;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.spc.ChartOptions;
import org.stratum.core.equity.spc.ChartPhase;
import org.stratum.core.equity.spc.ChartPoint;
import org.stratum.core.equity.spc.ChartType;
import org.stratum.core.equity.spc.ControlChart;
import org.stratum.core.equity.spc.MakingDataCountSummary;
import org.stratum.core.equity.spc.Subgroup;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureGroup;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.MeasureTotals;
import org.stratum.engine.equity.StratifyingDimension;

/**
 * Builds a measure's Monitor: for each stratum of a dimension, a Laney p′ control chart of the rolling
 * twelve-month points (phases start where a change annotation says so), the Making Data Count summary,
 * and the gap from the largest stratum with Newcombe intervals; small numbers as {@link TrendSuppression}
 * decides. Annotations come from every {@link ChartAnnotations} bean, so none is needed.
 */
@Component
class MeasureMonitors {
    private static final ConfidenceLevel LEVEL = ConfidenceLevel.NINETY_FIVE;
    private final MeasureSources sources;
    private final List<ChartAnnotations> annotations;
    private final OfferedDimensions offered;

    MeasureMonitors(MeasureSources sources, List<ChartAnnotations> annotations, OfferedDimensions offered) {
        this.sources = sources;
        this.annotations = annotations;
        this.offered = offered;
    }

    MonitorPage build(String id, String askedGroup, String by) {
        MeasureDefinition measure = MeasureParameters.measure(sources.library(), id);
        MeasureGroup group = MeasureParameters.group(measure, askedGroup);
        StratifyingDimension dimension = MeasureParameters.dimension(offered, by);
        MeasureTotals totals = sources.totals();
        List<MeasurementPeriod> points = totals.computedPeriods().stream().filter(PeriodChoice::twelveMonths)
                .filter(p -> totals.computedMeasures(p).contains(measure.id()))
                .sorted(Comparator.comparing(MeasurementPeriod::end)).toList();
        if (points.isEmpty() && totals.computedPeriods().stream().noneMatch(p -> totals.computedMeasures(p)
                .contains(measure.id()))) {
            throw new UnknownMeasurePage(measure.displayName() + " has not been computed yet; run 'stratum measures run"
                    + " --measure " + measure.id() + " --trend 24' first.");
        }
        Map<String, List<GroupCount>> series = series(measure, group, dimension, points);
        List<String> hidden = new ArrayList<>();
        Map<String, List<GroupCount>> shown = new LinkedHashMap<>();
        series.forEach((stratum, counts) -> {
            if (TrendSuppression.mayShow(counts)) {
                shown.put(stratum, counts.stream().map(TrendSuppression::rounded).toList());
            } else {
                hidden.add(stratum);
            }
        });
        String reference = shown.entrySet().stream()
                .max(Comparator.comparingLong(e -> e.getValue().get(e.getValue().size() - 1).denominator()))
                .map(Map.Entry::getKey).orElse(null);
        List<ChartAnnotation> measureAnnotations = annotations.stream().flatMap(a -> a.forMeasure(measure.id()).stream())
                .sorted(Comparator.comparing(ChartAnnotation::date)).toList();
        List<LocalDate> ends = points.stream().map(MeasurementPeriod::end).toList();
        List<StratumMonitor> strata = new ArrayList<>();
        if (points.size() >= 2) {
            TimeAxis axis = new TimeAxis(ends.get(0), ends.get(ends.size() - 1), SpcChart.LEFT, SpcChart.PLOT);
            int index = 0;
            for (Map.Entry<String, List<GroupCount>> stratum : shown.entrySet()) {
                List<ChartAnnotation> own = measureAnnotations.stream()
                        .filter(a -> concerns(a, dimension, stratum.getKey())).toList();
                strata.add(monitor(measure, stratum.getKey(), "stratum-" + index++, stratum.getValue(), ends, own,
                        stratum.getKey().equals(reference) ? null : shown.get(reference), axis));
            }
        }
        return new MonitorPage(measure, group, dimension, points.size(), strata, hidden, reference);
    }

    /** Each stratum's counts at every point, oldest first; a stratum missing at a point has no one there. */
    private Map<String, List<GroupCount>> series(MeasureDefinition measure, MeasureGroup group,
            StratifyingDimension dimension, List<MeasurementPeriod> points) {
        List<List<GroupCount>> byPoint = points.stream()
                .map(p -> sources.strata().count(measure, p, dimension).getOrDefault(group.id(), List.of())).toList();
        Map<String, List<GroupCount>> series = new LinkedHashMap<>();
        byPoint.stream().flatMap(List::stream).map(GroupCount::group).sorted().distinct()
                .forEach(stratum -> series.put(stratum, new ArrayList<>()));
        for (List<GroupCount> point : byPoint) {
            series.forEach((stratum, counts) -> counts.add(point.stream().filter(c -> c.group().equals(stratum))
                    .findFirst().orElse(new GroupCount(stratum, 0, 0))));
        }
        return series;
    }

    private static StratumMonitor monitor(MeasureDefinition measure, String stratum, String anchor, List<GroupCount> counts,
            List<LocalDate> ends, List<ChartAnnotation> own, List<GroupCount> reference, TimeAxis axis) {
        int[] phaseStarts = own.stream().filter(ChartAnnotation::startsNewPhase).mapToInt(a -> firstPointFrom(ends, a.date()))
                .filter(i -> i > 0 && i < ends.size()).distinct().sorted().toArray();
        List<Subgroup> subgroups = counts.stream().map(c -> c.denominator() == 0 ? Subgroup.missing()
                : Subgroup.proportion(c.numerator(), c.denominator())).toList();
        ControlChart chart = ControlChart.of(subgroups, ChartOptions.of(ChartType.P_PRIME).withPhasesStartingAt(phaseStarts));
        MakingDataCountSummary summary = MakingDataCountSummary.of(chart, measure.direction());
        List<MonitorPoint> points = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            GroupCount count = counts.get(i);
            ChartPoint point = chart.point(i);
            Difference gap = reference == null ? null : gap(count, reference.get(i));
            points.add(new MonitorPoint(ends.get(i), count.denominator(), count.numerator(),
                    point.isMissing() ? null : point.value(), finite(point.centre()), limit(point.lower()),
                    limit(point.upper()), point.phase(), summary.pointVariation().get(i),
                    gap == null ? null : gap.estimate(), gap == null ? null : gap.interval().lower(),
                    gap == null ? null : gap.interval().upper()));
        }
        List<Boolean> runs = chart.phases().stream().map(ChartPhase::runs).map(r -> r.signal()).toList();
        return new StratumMonitor(stratum, anchor, points, summary.variation(), summary.assurance(), runs,
                reference == null, own, SpcChart.of(points, own, axis), reference == null ? null : GapChart.of(points, axis));
    }

    private static Difference gap(GroupCount group, GroupCount reference) {
        if (group.denominator() == 0 || reference.denominator() == 0) {
            return null;
        }
        return NewcombeDifference.between(group.proportion(), reference.proportion(), LEVEL);
    }

    /** The first point whose twelve months include the day the change started. */
    private static int firstPointFrom(List<LocalDate> ends, LocalDate date) {
        for (int i = 0; i < ends.size(); i++) {
            if (!ends.get(i).isBefore(date)) {
                return i;
            }
        }
        return ends.size();
    }

    /**
     * Whether an annotation belongs on a stratum's chart: it concerns the whole measure, or this dimension
     * and this stratum, named by its label or by the code the label shows in brackets ("Spanish (es)").
     */
    private static boolean concerns(ChartAnnotation annotation, StratifyingDimension dimension, String stratum) {
        if (annotation.dimension() == null) {
            return true;
        }
        String code = annotation.stratum().toLowerCase(Locale.ROOT);
        String label = stratum.toLowerCase(Locale.ROOT);
        return annotation.dimension().equals(dimension.parameter())
                && (label.equals(code) || label.endsWith("(" + code + ")"));
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** Limits beyond 0% or 100% are drawn at the edge, as a proportion cannot pass it. */
    private static Double limit(double value) {
        return Double.isFinite(value) ? Math.max(0, Math.min(1, value)) : null;
    }
}
