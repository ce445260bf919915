package org.stratum.core.equity.spc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A computed run or control chart: per point the value, centre line, limits and whether it lies
 * outside them; per phase the runs analysis. Computed as qicharts2 0.8.1 {@code qic()} computes it,
 * and checked against its test fixtures (see docs/statistics.md, Part III).
 */
public final class ControlChart {

    private final ChartOptions options;
    private final List<ChartPoint> points;
    private final List<ChartPhase> phases;

    private ControlChart(ChartOptions options, List<ChartPoint> points, List<ChartPhase> phases) {
        this.options = options;
        this.points = List.copyOf(points);
        this.phases = List.copyOf(phases);
    }

    /** The chart of these subgroups, in time order. */
    public static ControlChart of(List<Subgroup> subgroups, ChartOptions options) {
        int n = subgroups.size();
        if (n == 0) {
            throw new InvalidChart("a chart needs at least one point");
        }
        for (int p : options.excluded()) {
            if (p >= n) {
                throw new InvalidChart("cannot exclude point " + p + " of a " + n + "-point series");
            }
        }
        if (!options.phaseStarts().isEmpty() && options.phaseStarts().get(options.phaseStarts().size() - 1) >= n) {
            throw new InvalidChart("a phase starts beyond the " + n + "-point series: " + options.phaseStarts());
        }
        List<Integer> starts = new ArrayList<>(List.of(0));
        starts.addAll(options.phaseStarts());
        List<ChartPoint> points = new ArrayList<>(n);
        List<ChartPhase> phases = new ArrayList<>();
        for (int p = 0; p < starts.size(); p++) {
            int first = starts.get(p);
            int end = p + 1 < starts.size() ? starts.get(p + 1) : n;
            phases.add(phase(p, first, end, subgroups, options, points));
        }
        return new ControlChart(options, points, phases);
    }

    private static ChartPhase phase(int number, int first, int end, List<Subgroup> subgroups, ChartOptions options,
            List<ChartPoint> points) {
        int size = end - first;
        boolean[] baseline = new boolean[size];
        for (int i = 0; i < size; i++) {
            int index = first + i;
            boolean frozenOut = options.freezeAfter() > 0 && index >= options.freezeAfter();
            baseline[i] = !frozenOut && !options.excluded().contains(index);
        }
        PhaseLines lines = options.type().limits().compute(new PhaseSeries(subgroups.subList(first, end), baseline, options));
        RunsAnalysis runs = runs(lines, first, options);
        double m = options.multiplier();
        for (int i = 0; i < size; i++) {
            double value = lines.values()[i] * m;
            double lower = finite(lines.lower()[i] * m);
            double upper = finite(lines.upper()[i] * m);
            // qicharts2's sigma.signal: strictly outside; a point with no limits never signals.
            boolean outside = value > upper || value < lower;
            points.add(new ChartPoint(first + i, number, value, lines.centre()[i] * m, lower, upper,
                    finite(lines.lowerWarning()[i] * m), finite(lines.upperWarning()[i] * m), baseline[i],
                    options.excluded().contains(first + i), outside));
        }
        return new ChartPhase(number, first, end - 1, runs);
    }

    /** Runs over the points not excluded, before the multiplier (it cannot change a side of the line). */
    private static RunsAnalysis runs(PhaseLines lines, int first, ChartOptions options) {
        int size = lines.values().length;
        double[] values = new double[size];
        double[] centre = new double[size];
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!options.excluded().contains(first + i)) {
                values[kept] = lines.values()[i];
                centre[kept] = lines.centre()[i];
                kept++;
            }
        }
        boolean interpreted = options.type() != ChartType.MR && !options.categorical();
        return RunsAnalysis.of(Arrays.copyOf(values, kept), Arrays.copyOf(centre, kept),
                options.runsRules(), interpreted);
    }

    /** qicharts2 removes control lines that are not finite (a subgroup of one, a zero denominator). */
    private static double finite(double limit) {
        return Double.isFinite(limit) ? limit : Double.NaN;
    }

    public ChartOptions options() {
        return options;
    }

    public ChartType type() {
        return options.type();
    }

    public List<ChartPoint> points() {
        return points;
    }

    public ChartPoint point(int index) {
        return points.get(index);
    }

    public List<ChartPhase> phases() {
        return phases;
    }

    /** The current phase: the one the latest point belongs to. */
    public ChartPhase lastPhase() {
        return phases.get(phases.size() - 1);
    }

    /** Whether the runs analysis of any phase signals non-random variation. */
    public boolean runsSignal() {
        return phases.stream().anyMatch(p -> p.runs().signal());
    }

    /** How many points lie outside their control limits. */
    public long sigmaSignals() {
        return points.stream().filter(ChartPoint::sigmaSignal).count();
    }
}
