package org.stratum.core.equity.spc;

/**
 * I (individuals, XmR) chart, as qicharts2's {@code qic.i}: centre = mean of the baseline values;
 * σ = average moving range ÷ 1.128 (d2 for ranges of two, Montgomery eq. 6.33); limits centre ± 3σ,
 * warning limits ± 2σ. The moving ranges are taken between successive baseline points, so an
 * excluded point is stepped over rather than leaving a gap, and a range touching a missing value is
 * dropped. With screening on, ranges at or above 3.267 × the average are dropped and the average
 * recomputed (Nelson 1982; qicharts2's {@code qic.screenedmr}, NHS "Making Data Count").
 */
final class IndividualsLimits implements PhaseLimits {

    /** d2 for subgroups of two, the constant qicharts2 and Montgomery use. */
    static final double D2 = 1.128;
    /** D4 for subgroups of two: the upper limit of a moving range, in average moving ranges. */
    static final double D4 = 3.267;

    @Override
    public PhaseLines compute(PhaseSeries phase) {
        return compute(phase.values(), phase);
    }

    /** The I chart of {@code values}, which need not be the subgroups' own (the t chart transforms them). */
    static PhaseLines compute(double[] values, PhaseSeries phase) {
        double centre = phase.baselineMean(values);
        double averageMovingRange = averageMovingRange(values, phase.baseline(), phase.options().screenMovingRanges());
        return PhaseLines.constant(values, centre, averageMovingRange / D2);
    }

    static double averageMovingRange(double[] values, boolean[] baseline, boolean screen) {
        double[] ranges = new double[values.length];
        int count = 0;
        double previous = Double.NaN;
        boolean first = true;
        for (int i = 0; i < values.length; i++) {
            if (!baseline[i]) {
                continue;
            }
            if (!first) {
                ranges[count++] = Math.abs(values[i] - previous);
            }
            previous = values[i];
            first = false;
        }
        double average = meanOfNumbers(ranges, count, Double.POSITIVE_INFINITY);
        return screen ? meanOfNumbers(ranges, count, D4 * average) : average;
    }

    /** The mean of the first {@code count} entries that are not NaN and lie strictly below {@code below}. */
    private static double meanOfNumbers(double[] ranges, int count, double below) {
        double sum = 0;
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (!Double.isNaN(ranges[i]) && ranges[i] < below) {
                sum += ranges[i];
                kept++;
            }
        }
        return kept == 0 ? Double.NaN : sum / kept;
    }
}
