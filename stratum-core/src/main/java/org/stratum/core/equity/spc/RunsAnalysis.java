package org.stratum.core.equity.spc;

import java.util.EnumSet;
import java.util.Set;

/**
 * The runs analysis of one phase: how the points fall around the centre line, the limits the rules
 * set for this many points, and the signals found. Counted, as in qicharts2, over the points that
 * are not excluded; missing points and points exactly on the centre line are left out of runs and
 * crossings ({@code usefulObservations}) but neither start nor break a run.
 *
 * @param rules the rule set that set the limits
 * @param observations points analysed (not excluded), including missing ones (qicharts2 {@code n.obs})
 * @param usefulObservations points with a value not on the centre line ({@code n.useful})
 * @param longestRun the longest run of points on one side of the centre line ({@code longest.run})
 * @param longestRunMax the longest run that is not a shift ({@code longest.run.max})
 * @param crossings how many times the line crosses the centre line ({@code n.crossings})
 * @param crossingsMin the fewest crossings that are not a signal ({@code n.crossings.min})
 * @param crossingsMax the most crossings that are not a signal (n − 1 when the rules have no upper check)
 * @param longestTrend the most successive points each above, or each below, the one before (ties count once)
 * @param longestTrendMax the longest trend that is not a signal (the number of points when there is no trend rule)
 * @param interpreted false on MR charts and across categories, where runs carry no meaning and never signal
 * @param signals the patterns found; empty when the variation looks random
 */
public record RunsAnalysis(RunsRules rules, int observations, int usefulObservations, int longestRun,
        int longestRunMax, int crossings, int crossingsMin, int crossingsMax, int longestTrend, int longestTrendMax,
        boolean interpreted, Set<RunsSignal> signals) {

    public RunsAnalysis {
        signals = Set.copyOf(signals);
    }

    /** Whether any runs rule signals non-random variation (qicharts2 {@code runs.signal}). */
    public boolean signal() {
        return !signals.isEmpty();
    }

    static RunsAnalysis of(double[] values, double[] centre, RunsRules rules, boolean interpreted) {
        RunsCounter counts = RunsCounter.count(values, centre);
        int useful = counts.useful();
        int runMax = useful == 0 ? 0 : rules.longestRunMax(useful);
        int crossingsMin = useful == 0 ? 0 : rules.crossingsMin(useful);
        int crossingsMax = useful == 0 ? 0 : rules.crossingsMax(useful);
        int trendMax = rules.longestTrendMax(values.length);
        Set<RunsSignal> signals = EnumSet.noneOf(RunsSignal.class);
        if (interpreted && useful > 0) {
            if (counts.longestRun() > runMax) {
                signals.add(RunsSignal.SHIFT);
            }
            if (counts.crossings() < crossingsMin) {
                signals.add(RunsSignal.TOO_FEW_CROSSINGS);
            }
            if (counts.crossings() > crossingsMax) {
                signals.add(RunsSignal.TOO_MANY_CROSSINGS);
            }
        }
        if (interpreted && counts.longestTrend() > trendMax) {
            signals.add(RunsSignal.TREND);
        }
        return new RunsAnalysis(rules, values.length, useful, counts.longestRun(), runMax, counts.crossings(),
                crossingsMin, crossingsMax, counts.longestTrend(), trendMax, interpreted, signals);
    }
}
