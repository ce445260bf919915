package org.stratum.core.equity.disparity;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The slope index of inequality for ordered groups (deprivation quintiles, income bands), as
 * PHEindicatormethods {@code phe_sii} computes it (Low &amp; Low, J Public Health 2004;26:388): groups
 * listed from most to least disadvantaged get relative ranks X_j (ridit midpoints), and the values are
 * regressed on them by least squares weighted by population share a_j. PHE fits {@code y√a ~ √a + X√a}
 * without intercept; the same fit in closed form is
 *
 * <pre>  β₁ = Σ a_j (X_j − X̄)(y_j − ȳ) / Σ a_j (X_j − X̄)²,   β₀ = ȳ − β₁ X̄   (X̄, ȳ weighted by a)</pre>
 *
 * <p>SII = β₁ (fitted value at rank 1 minus rank 0) and RII = (β₀ + β₁)/β₀. With
 * {@code fitOnTransformedScale} (PHE's {@code transform = TRUE}) the fit is made to log rates or logit
 * proportions and the two ends are transformed back: SII = g⁻¹(β₀ + β₁) − g⁻¹(β₀).
 *
 * <p>Because β₁ = Σ c_j y_j is linear in the values, an untransformed fit of {@link ValueScale#NORMAL}
 * values with standard errors on their own scale has the exact standard error √Σ c_j² se_j² — the value
 * PHE's simulation converges to. Other cases need {@link SlopeIndexSimulation}.
 */
public final class SlopeIndexOfInequality {

    static final String NAME = "slope index of inequality";

    private SlopeIndexOfInequality() {
    }

    /** An untransformed fit of values on their own scale, with its analytic standard error. */
    public static SlopeIndex of(List<GroupEstimate> ordered) {
        return of(ordered, ValueScale.NORMAL, false);
    }

    /**
     * @throws InvalidGroupEstimates with fewer than 2 groups, or values the scale cannot transform when fitting transformed
     */
    public static SlopeIndex of(List<GroupEstimate> ordered, ValueScale scale, boolean fitOnTransformedScale) {
        Fit fit = Fit.of(PopulationShares.of(ordered, 2, NAME));
        PopulationShares s = fit.shares;
        double[] y = s.value.clone();
        if (fitOnTransformedScale) {
            ordered.forEach(scale::require);
            for (int j = 0; j < y.length; j++) {
                y[j] = scale.transform(y[j]);
            }
        }
        double[] beta = fit.coefficients(y);
        double bottom = fitOnTransformedScale ? scale.inverse(beta[0]) : beta[0];
        double top = fitOnTransformedScale ? scale.inverse(beta[0] + beta[1]) : beta[0] + beta[1];
        if (scale != ValueScale.NORMAL || fitOnTransformedScale) {
            return new SlopeIndex(top - bottom, top / bottom, bottom, s.mean, OptionalDouble.empty(),
                    "not analytic: standard errors are on the " + scale.name().toLowerCase(Locale.ROOT)
                            + " transformed scale; use SlopeIndexSimulation");
        }
        double variance = 0;
        for (int j = 0; j < y.length; j++) {
            variance += fit.slopeWeight[j] * fit.slopeWeight[j] * s.se[j] * s.se[j];
        }
        return new SlopeIndex(top - bottom, top / bottom, bottom, s.mean, OptionalDouble.of(Math.sqrt(variance)),
                "exact for a slope linear in independent normal values: √Σ c_j² se_j²");
    }

    /** The weighted least-squares fit on relative rank, precomputed once for many sets of values. */
    static final class Fit {
        final PopulationShares shares;
        final double meanRank;
        final double[] slopeWeight;

        private Fit(PopulationShares shares, double meanRank, double[] slopeWeight) {
            this.shares = shares;
            this.meanRank = meanRank;
            this.slopeWeight = slopeWeight;
        }

        static Fit of(PopulationShares shares) {
            double[] rank = shares.ridits();
            double meanRank = 0;
            for (int j = 0; j < rank.length; j++) {
                meanRank += shares.share[j] * rank[j];
            }
            double sxx = 0;
            for (int j = 0; j < rank.length; j++) {
                sxx += shares.share[j] * (rank[j] - meanRank) * (rank[j] - meanRank);
            }
            double[] weight = new double[rank.length];
            for (int j = 0; j < rank.length; j++) {
                weight[j] = shares.share[j] * (rank[j] - meanRank) / sxx;
            }
            return new Fit(shares, meanRank, weight);
        }

        /** {β₀, β₁} for values y, in list order. */
        double[] coefficients(double[] y) {
            double slope = 0;
            double mean = 0;
            for (int j = 0; j < y.length; j++) {
                slope += slopeWeight[j] * y[j];
                mean += shares.share[j] * y[j];
            }
            return new double[] {mean - slope * meanRank, slope};
        }
    }
}
