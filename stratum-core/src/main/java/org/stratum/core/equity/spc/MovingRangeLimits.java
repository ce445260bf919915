package org.stratum.core.equity.spc;

/**
 * MR chart, as qicharts2's {@code qic.mr}: each point is |yᵢ − yᵢ₋₁| (the first point of a phase has
 * none); centre = mean of the baseline moving ranges; upper limit D4 × centre = 3.267 × centre; lower
 * limit 0; warning limit (3.267 ÷ 3) × 2 × centre. Runs analysis is computed but never signals on an
 * MR chart, as in qicharts2: successive moving ranges share a point, so they are not independent.
 */
final class MovingRangeLimits implements PhaseLimits {

    @Override
    public PhaseLines compute(PhaseSeries phase) {
        double[] y = phase.values();
        double[] ranges = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            ranges[i] = i == 0 ? Double.NaN : Math.abs(y[i] - y[i - 1]);
        }
        double centre = phase.baselineMean(ranges);
        int n = y.length;
        return new PhaseLines(ranges, PhaseLines.filled(n, centre), PhaseLines.filled(n, 0),
                PhaseLines.filled(n, IndividualsLimits.D4 * centre), PhaseLines.filled(n, 0),
                PhaseLines.filled(n, IndividualsLimits.D4 / 3 * 2 * centre));
    }
}
