package org.stratum.core.equity.compare;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.stratum.core.equity.rate.Proportion;

/**
 * Two-sided p-values for proportions.
 *
 * <p>Two independent groups: the pooled two-proportion z-test, {@code z = (p₁ − p₂)/√(p̄(1 − p̄)(1/n₁ + 1/n₂))}
 * with {@code p̄ = (x₁ + x₂)/(n₁ + n₂)}; its square is Pearson's chi-square for the 2×2 table without
 * continuity correction (Agresti, <i>Categorical Data Analysis</i>), the usual test
 * behind AHRQ-style "p ≤ 0.05, two-tailed" statements.
 *
 * <p>One group against a fixed value p₀ (a target, or the overall rate used as a benchmark): the
 * score test {@code z = (p − p₀)/√(p₀(1 − p₀)/n)}, which rejects exactly when the Wilson interval
 * excludes p₀, so the p-value and the interval shown never disagree.
 *
 * <p>Both are unchanged when every proportion is replaced by its complement, so "screened" and "not
 * screened" get the same p-value.
 */
public final class ProportionZTest {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private ProportionZTest() {
    }

    /** The two-sided p-value of the pooled z-test; 1 when both groups are all 0 or all 1 (no variation). */
    public static double twoGroups(Proportion a, Proportion b) {
        double n1 = a.denominator();
        double n2 = b.denominator();
        double pooled = (a.numerator() + (double) b.numerator()) / (n1 + n2);
        double variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
        if (variance == 0) {
            return 1;
        }
        return twoSided((a.value() - b.value()) / Math.sqrt(variance));
    }

    /** The two-sided p-value of the score test of {@code p = value}; at a value of 0 or 1, 1 if p equals it and 0 if not. */
    public static double againstValue(Proportion p, double value) {
        double difference = p.value() - value;
        double variance = value * (1 - value) / p.denominator();
        if (variance == 0) {
            return difference == 0 ? 1 : 0;
        }
        return twoSided(difference / Math.sqrt(variance));
    }

    private static double twoSided(double z) {
        // The survival function keeps precision far in the tail, where 1 − Φ(|z|) would round to 0.
        return Math.min(1, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)));
    }
}
