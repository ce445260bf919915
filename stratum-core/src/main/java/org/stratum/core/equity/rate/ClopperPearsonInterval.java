package org.stratum.core.equity.rate;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * The Clopper–Pearson "exact" interval for a proportion (Clopper CJ, Pearson ES, Biometrika
 * 1934;26:404-413), by its beta-quantile form:
 *
 * <pre>  L = B⁻¹(α/2; x, n − x + 1)   (0 when x = 0)
 *  U = B⁻¹(1 − α/2; x + 1, n − x) (1 when x = n)</pre>
 *
 * <p>It guarantees at least nominal coverage and is therefore conservative (wider than Wilson); we
 * offer it for users whose reporting rules ask for it, not as the default.
 */
public final class ClopperPearsonInterval {

    private ClopperPearsonInterval() {
    }

    /**
     * The interval for {@code successes} out of {@code trials}; all of [0, 1] with no trials.
     *
     * @throws InvalidCounts for negative counts or successes above trials
     */
    public static ConfidenceInterval of(long successes, long trials, ConfidenceLevel level) {
        if (successes < 0 || trials < 0) {
            throw new InvalidCounts("A proportion needs counts of at least 0, got " + successes + "/" + trials);
        }
        if (successes > trials) {
            throw new InvalidCounts("The numerator " + successes + " exceeds the denominator " + trials);
        }
        double halfAlpha = level.alpha() / 2;
        double lower = successes == 0 ? 0
                : BetaDistribution.of(successes, trials - successes + 1.0).inverseCumulativeProbability(halfAlpha);
        double upper = successes == trials ? 1
                : BetaDistribution.of(successes + 1.0, trials - successes).inverseSurvivalProbability(halfAlpha);
        return new ConfidenceInterval(lower, upper, level, IntervalMethod.CLOPPER_PEARSON);
    }
}
