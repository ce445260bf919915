package org.stratum.core.equity.disparity;

import java.util.List;

/**
 * Theil's index of disproportionality (Harper &amp; Lynch 2005): {@code T = Σ p_j r_j ln r_j} with
 * {@code r_j = y_j/μ}, μ the population-weighted mean. Zero means every group has the mean rate. It is
 * reported as is, <em>not</em> multiplied by 1,000 as HEAT-Measures and healthequal do (which also
 * leave their standard error unscaled, so their intervals come out about 1,000 times too narrow).
 *
 * <p>Standard error by the delta method, WHO HEAT's formula ({@code ti.R}):
 * {@code SE² = Σ (1 + ln r_j − Σ_k p_k r_k (1 + ln r_k))² p_j² se_j² / μ²}.
 *
 * <p>A group with a rate of 0 contributes {@code r ln r → 0}, its limit, so T is still defined (HEAT
 * instead substitutes 1e-6 for 0, which makes T depend on that constant). The delta-method derivative
 * {@code 1 + ln r_j} is unbounded there, so the standard error is then reported as not available.
 */
public final class TheilIndex {

    static final String NAME = "Theil index";

    private TheilIndex() {
    }

    /**
     * @throws InvalidGroupEstimates with fewer than 2 groups or a negative rate
     * @throws org.stratum.core.equity.rate.NoEstimate when every rate is 0
     */
    public static DisparityEstimate of(List<GroupEstimate> groups) {
        PopulationShares s = PopulationShares.of(groups, 2, NAME);
        s.requireRates(NAME);
        double theil = 0;
        boolean zero = false;
        double[] logRatio = new double[s.size()];
        double[] ratio = new double[s.size()];
        for (int j = 0; j < s.size(); j++) {
            ratio[j] = s.value[j] / s.mean;
            if (ratio[j] == 0) {
                zero = true;
                continue;
            }
            logRatio[j] = Math.log(ratio[j]);
            theil += s.share[j] * ratio[j] * logRatio[j];
        }
        if (zero) {
            return DisparityEstimate.withoutError(NAME, theil, "not available: a group with a rate of 0 makes the "
                    + "delta-method derivative 1 + ln r unbounded (its term r ln r is taken as its limit, 0)");
        }
        double centre = 0;
        for (int j = 0; j < s.size(); j++) {
            centre += s.share[j] * ratio[j] * (1 + logRatio[j]);
        }
        double variance = 0;
        for (int j = 0; j < s.size(); j++) {
            double derivative = 1 + logRatio[j] - centre;
            variance += derivative * derivative * s.share[j] * s.share[j] * s.se[j] * s.se[j] / (s.mean * s.mean);
        }
        return DisparityEstimate.withError(NAME, theil, Math.sqrt(variance), ErrorScale.LINEAR,
                "delta method (WHO HEAT ti.R)");
    }
}
