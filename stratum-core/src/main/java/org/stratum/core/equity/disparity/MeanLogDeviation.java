package org.stratum.core.equity.disparity;

import java.util.List;
import org.stratum.core.equity.rate.NoEstimate;

/**
 * The mean log deviation (Harper &amp; Lynch 2005): {@code MLD = Σ p_j (−ln r_j)} with
 * {@code r_j = y_j/μ}, μ the population-weighted mean. Not multiplied by 1,000 (see {@link TheilIndex}).
 *
 * <p>Standard error by the delta method, WHO HEAT's formula ({@code mld.R}):
 * {@code SE² = Σ p_j² se_j² (1 − 1/r_j)² / μ²}.
 *
 * <p>A group with a rate of 0 makes MLD infinite ({@code −ln 0}). HEAT-1.0 returns NA there and
 * healthequal substitutes 1e-6, which makes the answer depend on that constant; we report no estimate.
 */
public final class MeanLogDeviation {

    static final String NAME = "mean log deviation";

    private MeanLogDeviation() {
    }

    /**
     * @throws InvalidGroupEstimates with fewer than 2 groups or a negative rate
     * @throws NoEstimate when any group's rate is 0
     */
    public static DisparityEstimate of(List<GroupEstimate> groups) {
        PopulationShares s = PopulationShares.of(groups, 2, NAME);
        s.requireRates(NAME);
        double mld = 0;
        double variance = 0;
        for (int j = 0; j < s.size(); j++) {
            if (s.value[j] == 0) {
                throw new NoEstimate("The mean log deviation is infinite: " + s.groups.get(j).group()
                        + " has a rate of 0");
            }
            double ratio = s.value[j] / s.mean;
            mld -= s.share[j] * Math.log(ratio);
            double derivative = 1 - 1 / ratio;
            variance += s.share[j] * s.share[j] * s.se[j] * s.se[j] * derivative * derivative / (s.mean * s.mean);
        }
        return DisparityEstimate.withError(NAME, mld, Math.sqrt(variance), ErrorScale.LINEAR,
                "delta method (WHO HEAT mld.R)");
    }
}
