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
import org.stratum.app.annotations.ChartTarget;
import org.stratum.app.annotations.ChartTargets;
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
 * decides. Annotations come from every {@link ChartAnnotations} bean and targets (which the summary's
 * assurance is judged against) from every {@link ChartTargets} bean, so none is needed. The page and the
 * API both build it here.
 */
@Component
public class MeasureMonitors {
    private static final ConfidenceLevel LEVEL = ConfidenceLevel.NINETY_FIVE;
    private final MeasureSources sources;
    private final List<ChartAnnotations> annotations;
    private final List<ChartTargets> targets;
    private final OfferedDimensions offered;

    MeasureMonitors(MeasureSources sources, List<ChartAnnotations> annotations, List<ChartTargets> targets,
            OfferedDimensions offered) {
        this.sources = sources;
        this.annotations = annotations;
        this.targets = targets;
        this.offered = offered;
    }

    /**
     * The Monitor of a measure group by a dimension, gaps measured from the asked reference stratum.
     *
     * @param askedReference a shown stratum (its label or the code in its brackets), or {@code largest} or
     *                       null for the largest stratum shown at the latest point
     * @throws UnknownMeasurePage for a measure not in the library or never computed
     * @throws BadMeasureRequest  naming a wrong group, dimension or reference
     */
    public MonitorPage build(String id, String askedGroup, String by, String askedReference) {
        MeasureDefinition measure = MeasureParameters.measure(sources.library(), id);
        MeasureGroup group = MeasureParameters.group(measure, askedGroup);
        StratifyingDimension dimension = MeasureParameters.dimension(offered, by);
        MeasureTotals totals = sources.totals();
        List<MeasurementPeriod> computed = totals.computedPeriods(measure.id());
        List<MeasurementPeriod> points = computed.stream().filter(PeriodChoice::twelveMonths)
                .sorted(Comparator.comparing(MeasurementPeriod::end)).toList();
        if (computed.isEmpty()) {
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
        String reference = reference(askedReference, shown, hidden, dimension);
        List<ChartAnnotation> measureAnnotations = annotations.stream().flatMap(a -> a.forMeasure(measure.id()).stream())
                .sorted(Comparator.comparing(ChartAnnotation::date)).toList();
        List<ChartTarget> measureTargets = targets.stream().flatMap(t -> t.forMeasure(measure.id()).stream()).toList();
        List<LocalDate> ends = points.stream().map(MeasurementPeriod::end).toList();
        List<StratumMonitor> strata = new ArrayList<>();
        if (points.size() >= 2) {
            TimeAxis axis = new TimeAxis(ends.get(0), ends.get(ends.size() - 1), SpcChart.LEFT, SpcChart.PLOT);
            int index = 0;
            for (Map.Entry<String, List<GroupCount>> stratum : shown.entrySet()) {
                List<ChartAnnotation> own = measureAnnotations.stream().filter(a -> a.dimension() == null
                        || concerns(a.dimension(), a.stratum(), dimension, stratum.getKey())).toList();
                // Of several aims for one stratum, the furthest is the one the team works towards now.
                ChartTarget target = measureTargets.stream()
                        .filter(t -> concerns(t.dimension(), t.stratum(), dimension, stratum.getKey()))
                        .max(Comparator.comparing(ChartTarget::by)).orElse(null);
                strata.add(monitor(measure, stratum.getKey(), "stratum-" + index++, stratum.getValue(), ends, own,
                        target, stratum.getKey().equals(reference) ? null : shown.get(reference), axis));
            }
        }
        return new MonitorPage(measure, group, dimension, points.size(), strata, hidden, reference);
    }

    /**
     * The stratum gaps are measured from: the largest shown at the latest point unless another shown one is
     * asked for. A hidden stratum cannot be the reference, as its counts would then be revealed by the gaps.
     */
    private static String reference(String asked, Map<String, List<GroupCount>> shown, List<String> hidden,
            StratifyingDimension dimension) {
        if (asked == null || asked.isBlank() || asked.strip().equals("largest")) {
            return shown.entrySet().stream()
                    .max(Comparator.comparingLong(e -> e.getValue().get(e.getValue().size() - 1).denominator()))
                    .map(Map.Entry::getKey).orElse(null);
        }
        String code = asked.strip();
        if (hidden.stream().anyMatch(stratum -> names(stratum, code))) {
            throw new BadMeasureRequest("reference", "'" + asked + "' is not shown (small numbers), so gaps cannot be"
                    + " measured from it.");
        }
        return shown.keySet().stream().filter(stratum -> names(stratum, code)).findFirst()
                .orElseThrow(() -> new BadMeasureRequest("reference", "'" + asked + "' is not a stratum of "
                        + dimension.title() + " shown here; use largest or one of: " + String.join(", ", shown.keySet())
                        + "."));
    }

    /** Whether a stratum is named by its label or by the code its label shows in brackets ("Spanish (es)"). */
    private static boolean names(String stratum, String asked) {
        String label = stratum.toLowerCase(Locale.ROOT);
        String code = asked.toLowerCase(Locale.ROOT);
        return label.equals(code) || label.endsWith("(" + code + ")");
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
            List<LocalDate> ends, List<ChartAnnotation> own, ChartTarget target, List<GroupCount> reference,
            TimeAxis axis) {
        int[] phaseStarts = own.stream().filter(ChartAnnotation::startsNewPhase).mapToInt(a -> firstPointFrom(ends, a.date()))
                .filter(i -> i > 0 && i < ends.size()).distinct().sorted().toArray();
        List<Subgroup> subgroups = counts.stream().map(c -> c.denominator() == 0 ? Subgroup.missing()
                : Subgroup.proportion(c.numerator(), c.denominator())).toList();
        ControlChart chart = ControlChart.of(subgroups, ChartOptions.of(ChartType.P_PRIME).withPhasesStartingAt(phaseStarts));
        MakingDataCountSummary summary = target == null ? MakingDataCountSummary.of(chart, measure.direction())
                : MakingDataCountSummary.of(chart, measure.direction(), target.rate());
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
        return new StratumMonitor(stratum, anchor, points, summary.variation(), summary.assurance(), target, runs,
                reference == null, own, SpcChart.of(points, own, target, axis),
                reference == null ? null : GapChart.of(points, axis));
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
     * Whether an annotation or target for a dimension's stratum belongs on this stratum's chart: the
     * dimension is this one and the stratum is named by its label or by the code the label shows in
     * brackets ("Spanish (es)").
     */
    private static boolean concerns(String dimensionParameter, String stratumName, StratifyingDimension dimension,
            String stratum) {
        return dimensionParameter.equals(dimension.parameter()) && names(stratum, stratumName);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** Limits beyond 0% or 100% are drawn at the edge, as a proportion cannot pass it. */
    private static Double limit(double value) {
        return Double.isFinite(value) ? Math.max(0, Math.min(1, value)) : null;
    }
}
