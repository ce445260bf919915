package org.stratum.core.equity.disparity;

import java.util.List;

/**
 * Between-group variance (Harper &amp; Lynch 2005, p. 8): {@code BGV = Σ p_j (y_j − μ)²}, an absolute
 * measure in squared units of the rate, weighted by population share p_j around the
 * population-weighted mean μ.
 *
 * <p>Its standard error is WHO HEAT's formula ({@code bgv.R}, "provided by Ahmad Hosseinpoor"):
 *
 * <pre>  Var = 4 Σ p_j² se_j² (y_j − μ)² + 2[(Σ p_j² se_j²)² − Σ p_j⁴ se_j⁴ + Σ p_j² (1 − p_j)² se_j⁴]</pre>
 *
 * which is exactly the variance of the quadratic form {@code yᵀ(D − ppᵀ)y} for independent normal
 * group estimates (4θᵀAΣAθ + 2 tr(AΣAΣ), with the estimates standing in for θ).
 */
public final class BetweenGroupVariance {

    static final String NAME = "between-group variance";

    private BetweenGroupVariance() {
    }

    /**
     * @throws InvalidGroupEstimates with fewer than 2 groups
     */
    public static DisparityEstimate of(List<GroupEstimate> groups) {
        PopulationShares s = PopulationShares.of(groups, 2, NAME);
        double bgv = 0;
        double linear = 0;
        double sumP2Se2 = 0;
        double sumP4Se4 = 0;
        double sumOwn = 0;
        for (int j = 0; j < s.size(); j++) {
            double deviation = s.value[j] - s.mean;
            double p2se2 = s.share[j] * s.share[j] * s.se[j] * s.se[j];
            bgv += s.share[j] * deviation * deviation;
            linear += p2se2 * deviation * deviation;
            sumP2Se2 += p2se2;
            sumP4Se4 += p2se2 * p2se2;
            sumOwn += p2se2 * (1 - s.share[j]) * (1 - s.share[j]) * s.se[j] * s.se[j];
        }
        double variance = 4 * linear + 2 * (sumP2Se2 * sumP2Se2 - sumP4Se4 + sumOwn);
        return DisparityEstimate.withError(NAME, bgv, Math.sqrt(variance), ErrorScale.LINEAR,
                "variance of the quadratic form for independent normal estimates (WHO HEAT bgv.R)");
    }
}
