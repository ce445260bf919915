package org.stratum.core.equity.disparity;

import java.util.List;

/**
 * The absolute and relative concentration indices for ordered groups (Harper &amp; Lynch 2005), listed
 * from most to least disadvantaged with relative ranks X_j (ridit midpoints):
 *
 * <pre>  ACI = Σ p_j (2X_j − 1) y_j          RCI = ACI / μ</pre>
 *
 * <p>Positive values mean the outcome is concentrated among the more advantaged groups, negative among
 * the disadvantaged. Standard errors by the delta method, as WHO HEAT computes them ({@code aci.R},
 * {@code rci.R}): {@code SE(ACI) = √Σ p_j² (2X_j − 1)² se_j²} and
 * {@code SE(RCI) = √Σ p_j² ((2X_j − 1) − RCI)² se_j² / μ}. These are the ordinary indices; HD*Calc's
 * "extended" versions with an inequality-aversion parameter are not implemented.
 */
public final class ConcentrationIndex {

    private ConcentrationIndex() {
    }

    /**
     * @throws InvalidGroupEstimates with fewer than 2 groups
     */
    public static DisparityEstimate absolute(List<GroupEstimate> ordered) {
        PopulationShares s = PopulationShares.of(ordered, 2, "absolute concentration index");
        double[] ridit = s.ridits();
        double aci = 0;
        double variance = 0;
        for (int j = 0; j < s.size(); j++) {
            double weight = s.share[j] * (2 * ridit[j] - 1);
            aci += weight * s.value[j];
            variance += weight * weight * s.se[j] * s.se[j];
        }
        return DisparityEstimate.withError("absolute concentration index", aci, Math.sqrt(variance), ErrorScale.LINEAR,
                "delta method (WHO HEAT aci.R)");
    }

    /**
     * @throws InvalidGroupEstimates with fewer than 2 groups or a negative rate
     * @throws org.stratum.core.equity.rate.NoEstimate when every rate is 0
     */
    public static DisparityEstimate relative(List<GroupEstimate> ordered) {
        PopulationShares s = PopulationShares.of(ordered, 2, "relative concentration index");
        s.requireRates("relative concentration index");
        double rci = absolute(ordered).estimate() / s.mean;
        double[] ridit = s.ridits();
        double variance = 0;
        for (int j = 0; j < s.size(); j++) {
            double derivative = s.share[j] * ((2 * ridit[j] - 1) - rci);
            variance += derivative * derivative * s.se[j] * s.se[j];
        }
        return DisparityEstimate.withError("relative concentration index", rci, Math.sqrt(variance) / s.mean,
                ErrorScale.LINEAR, "delta method (WHO HEAT rci.R)");
    }
}
