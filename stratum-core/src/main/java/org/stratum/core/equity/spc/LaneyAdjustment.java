package org.stratum.core.equity.spc;

/**
 * Laney's σz (Laney 2002, "Improved control charts for attributes"): with large denominators the
 * binomial or Poisson σ is so small that ordinary period-to-period variation falls outside the
 * limits (overdispersion). Each baseline point is standardised, zᵢ = (yᵢ − centre)/σᵢ, and the spread
 * of the z-scores measured as an I chart would: σz = average moving range of z ÷ 1.128. The p′ (u′)
 * limits are then centre ± 3σᵢσz. When the x axis is categorical (a funnel plot across sites, no time
 * order) the moving range means nothing and σz is the sample standard deviation of z, as in qicharts2.
 */
final class LaneyAdjustment {

    private LaneyAdjustment() {
    }

    static double sigmaZ(double[] values, double centre, double[] sigmas, PhaseSeries phase) {
        double[] z = new double[values.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (values[i] - centre) / sigmas[i];
        }
        if (phase.options().categorical()) {
            return standardDeviation(z, phase.baseline());
        }
        return IndividualsLimits.averageMovingRange(z, phase.baseline(), phase.options().screenMovingRanges())
                / IndividualsLimits.D2;
    }

    private static double standardDeviation(double[] z, boolean[] baseline) {
        double mean = PhaseSeries.meanWhere(z, baseline);
        double squares = 0;
        int n = 0;
        for (int i = 0; i < z.length; i++) {
            if (baseline[i] && !Double.isNaN(z[i])) {
                squares += (z[i] - mean) * (z[i] - mean);
                n++;
            }
        }
        return n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN;
    }
}
