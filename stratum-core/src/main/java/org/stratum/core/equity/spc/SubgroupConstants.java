package org.stratum.core.equity.spc;

import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The control-chart constants for subgroups of n measurements (Montgomery, Introduction to
 * Statistical Quality Control, appendix VI), computed from their definitions as qicharts2 does rather
 * than read from a printed table, so any subgroup size works:
 * c4 = √(2/(n−1)) Γ(n/2)/Γ((n−1)/2), the bias of the sample standard deviation under normality;
 * A3 = k/(c4√n); B3 = max(0, 1 − k√(1−c4²)/c4); B4 = 1 + k√(1−c4²)/c4; k = 3 for control limits and
 * 2 for warning limits. Every constant is NaN for n ≤ 1: one measurement has no spread.
 */
final class SubgroupConstants {

    private SubgroupConstants() {
    }

    static double c4(double n) {
        if (!(n > 1)) {
            return Double.NaN;
        }
        return Math.sqrt(2 / (n - 1)) * Math.exp(LogGamma.value(n / 2) - LogGamma.value((n - 1) / 2));
    }

    static double a3(double n, double k) {
        return k / (c4(n) * Math.sqrt(n));
    }

    static double b3(double n, double k) {
        double b = 1 - k * c5(n) / c4(n);
        // R's pmax(0, NA) is NA: keep NaN for n <= 1 rather than turning it into 0.
        return Double.isNaN(b) ? b : Math.max(0, b);
    }

    static double b4(double n, double k) {
        return 1 + k * c5(n) / c4(n);
    }

    private static double c5(double n) {
        double c4 = c4(n);
        return Math.sqrt(1 - c4 * c4);
    }
}
