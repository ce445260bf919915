package org.stratum.core.equity.spc;

import java.util.Arrays;

/**
 * The lines of one phase, point by point: the plotted value, the centre line, the 3σ control limits
 * and the 2σ warning limits (qicharts2's {@code ucl.95}/{@code lcl.95}). NaN where a line is undefined.
 */
record PhaseLines(double[] values, double[] centre, double[] lower, double[] upper, double[] lowerWarning,
        double[] upperWarning) {

    /** A centre line with no limits (run chart). */
    static PhaseLines centreOnly(double[] values, double centre) {
        return new PhaseLines(values, filled(values.length, centre), nan(values.length), nan(values.length),
                nan(values.length), nan(values.length));
    }

    /** centre ± 3σ and ± 2σ with the same σ for every point. */
    static PhaseLines constant(double[] values, double centre, double sigma) {
        double[] sigmas = filled(values.length, sigma);
        return around(values, centre, sigmas);
    }

    /** centre ± 3σᵢ and ± 2σᵢ with a σ per point. */
    static PhaseLines around(double[] values, double centre, double[] sigmas) {
        int n = values.length;
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] lowerWarning = new double[n];
        double[] upperWarning = new double[n];
        for (int i = 0; i < n; i++) {
            lower[i] = centre - 3 * sigmas[i];
            upper[i] = centre + 3 * sigmas[i];
            lowerWarning[i] = centre - 2 * sigmas[i];
            upperWarning[i] = centre + 2 * sigmas[i];
        }
        return new PhaseLines(values, filled(n, centre), lower, upper, lowerWarning, upperWarning);
    }

    /** These lines with the lower limits raised to {@code floor} and the upper lowered to {@code ceiling}. */
    PhaseLines clipped(double floor, double ceiling) {
        clip(lower, floor, ceiling);
        clip(lowerWarning, floor, ceiling);
        clip(upper, floor, ceiling);
        clip(upperWarning, floor, ceiling);
        return this;
    }

    private static void clip(double[] line, double floor, double ceiling) {
        for (int i = 0; i < line.length; i++) {
            // As qicharts2: only finite limits are clipped; NaN stays NaN.
            if (Double.isFinite(line[i])) {
                line[i] = Math.min(ceiling, Math.max(floor, line[i]));
            }
        }
    }

    static double[] filled(int n, double value) {
        double[] line = new double[n];
        Arrays.fill(line, value);
        return line;
    }

    static double[] nan(int n) {
        return filled(n, Double.NaN);
    }
}
