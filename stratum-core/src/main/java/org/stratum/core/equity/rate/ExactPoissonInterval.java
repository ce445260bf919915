package org.stratum.core.equity.rate;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Exact Poisson confidence limits of an observed count O, from chi-squared quantiles (Armitage P,
 * Berry G, <i>Statistical Methods in Medical Research</i>, 4th ed., 2002), as PHEindicatormethods
 * computes them for fewer than 10 events ({@code R/Rates.R}):
 *
 * <pre>  L = χ²⁻¹(α/2; 2O) / 2      (0 when O = 0)
 *  U = χ²⁻¹(1 − α/2; 2O + 2) / 2</pre>
 *
 * <p>R's {@code qchisq(p, df = 0)} is 0, which is how the R code gets L = 0 at O = 0; a chi-squared
 * distribution with no degrees of freedom does not exist in Commons Statistics, so we write that case out.
 */
public final class ExactPoissonInterval {

    private ExactPoissonInterval() {
    }

    /**
     * Limits for the count (in events, not yet divided by a denominator).
     *
     * @throws InvalidCounts for a negative count
     */
    public static ConfidenceInterval of(long observed, ConfidenceLevel level) {
        if (observed < 0) {
            throw new InvalidCounts("Observed events must be at least 0, got " + observed);
        }
        double halfAlpha = level.alpha() / 2;
        double lower = observed == 0 ? 0
                : ChiSquaredDistribution.of(2.0 * observed).inverseCumulativeProbability(halfAlpha) / 2;
        double upper = ChiSquaredDistribution.of(2.0 * observed + 2).inverseSurvivalProbability(halfAlpha) / 2;
        return new ConfidenceInterval(lower, upper, level, IntervalMethod.EXACT_POISSON);
    }
}
