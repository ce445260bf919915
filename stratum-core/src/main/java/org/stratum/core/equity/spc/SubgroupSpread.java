package org.stratum.core.equity.spc;

import java.util.HashSet;
import java.util.Set;

/**
 * s̄, the within-subgroup standard deviation that X̄ and S charts are built on, as qicharts2 computes
 * it: the mean of the baseline subgroups' standard deviations when all subgroups in the phase have
 * the same size, otherwise the pooled √(Σ(nᵢ−1)sᵢ² / Σ(nᵢ−1)) (Montgomery eqs. 6.29, 6.31).
 *
 * <p>Convention kept to reproduce qicharts2 0.8.1 exactly: in the pooled form an empty subgroup
 * (a period with no measurements) still adds nᵢ − 1 = −1 to the degrees of freedom, because R's
 * {@code sum(y.length - 1, na.rm = TRUE)} only drops NA. The reference fixture {@code NA_test}
 * depends on it (75 degrees of freedom, not 76); the effect is one degree of freedom per empty period.
 */
final class SubgroupSpread {

    private SubgroupSpread() {
    }

    static double of(PhaseSeries phase) {
        Set<Integer> sizes = new HashSet<>();
        for (Subgroup s : phase.subgroups()) {
            sizes.add(s.size());
        }
        boolean variableSize = sizes.size() > 1;
        double sumOfSquares = 0;
        double degreesOfFreedom = 0;
        double sumOfDeviations = 0;
        int deviations = 0;
        for (int i = 0; i < phase.size(); i++) {
            if (!phase.baseline()[i]) {
                continue;
            }
            Subgroup s = phase.get(i);
            degreesOfFreedom += s.size() - 1;
            if (!Double.isNaN(s.standardDeviation())) {
                sumOfSquares += (s.size() - 1) * s.standardDeviation() * s.standardDeviation();
                sumOfDeviations += s.standardDeviation();
                deviations++;
            }
        }
        if (variableSize) {
            return Math.sqrt(sumOfSquares / degreesOfFreedom);
        }
        return deviations == 0 ? Double.NaN : sumOfDeviations / deviations;
    }
}
