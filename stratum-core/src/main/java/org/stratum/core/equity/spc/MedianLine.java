package org.stratum.core.equity.spc;

import java.util.Arrays;

/**
 * Run chart: the centre line is the median of the baseline values and there are no limits. The
 * median, not the mean, because the run rules count points above and below the line, and half of
 * them fall on each side of a median whatever the distribution (Anhøj &amp; Olesen 2014; Perla,
 * Provost &amp; Murray 2011).
 */
final class MedianLine implements PhaseLimits {

    @Override
    public PhaseLines compute(PhaseSeries phase) {
        double[] values = phase.values();
        return PhaseLines.centreOnly(values, median(values, phase.baseline()));
    }

    /** The median of the baseline values that are not NaN, as R's {@code median(x[base], na.rm = TRUE)}. */
    static double median(double[] values, boolean[] baseline) {
        double[] kept = new double[values.length];
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (baseline[i] && !Double.isNaN(values[i])) {
                kept[n++] = values[i];
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(kept, n);
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
