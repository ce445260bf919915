package org.stratum.core.equity.rate;

/**
 * The Wilson score interval for a proportion {@code x/n} (Wilson EB, J Am Stat Assoc 1927;22:209-212;
 * Newcombe & Altman in <i>Statistics with Confidence</i>, 2nd ed., 2000, pp. 46-48):
 *
 * <pre>  L, U = (2x + z² ∓ z·√(z² + 4x(1 − x/n))) / (2(n + z²))</pre>
 *
 * <p>It is Stratum's default for proportions, as it is for PHEindicatormethods ({@code phe_proportion}),
 * because it stays inside [0, 1], is never zero-width at x = 0 or x = n, and has close to nominal
 * coverage even for the small strata that stratification produces (Newcombe, Stat Med 1998;17:857).
 * The formula is written in the operation order of {@code R/utils.R::wilson_lower} so results match
 * that package's test values to about 1e-15.
 */
public final class WilsonInterval {

    private WilsonInterval() {
    }

    /**
     * The interval for {@code successes} out of {@code trials}. Non-integer counts are accepted (as in
     * PHEindicatormethods, whose tests use 0.445 of 1). With no trials the interval is all of [0, 1]:
     * the data say nothing.
     *
     * @throws InvalidCounts for negative or non-finite counts, or successes above trials
     */
    public static ConfidenceInterval of(double successes, double trials, ConfidenceLevel level) {
        if (!(successes >= 0) || !(trials >= 0) || Double.isInfinite(trials)) {
            throw new InvalidCounts("A proportion needs finite counts of at least 0, got " + successes + "/" + trials);
        }
        if (successes > trials) {
            throw new InvalidCounts("The numerator " + successes + " exceeds the denominator " + trials);
        }
        if (trials == 0) {
            return new ConfidenceInterval(0, 1, level, IntervalMethod.WILSON);
        }
        double z = level.z();
        double root = z * Math.sqrt(z * z + 4 * successes * (1 - (successes / trials)));
        double lower = (2 * successes + z * z - root) / 2 / (trials + z * z);
        double upper = (2 * successes + z * z + root) / 2 / (trials + z * z);
        // At x = 0 the lower limit is exactly (z² − z·√z²)/… = 0 and at x = n the upper is exactly 1;
        // rounding would leave them a hair off, so write them out.
        return new ConfidenceInterval(successes == 0 ? 0 : lower, successes == trials ? 1 : upper, level,
                IntervalMethod.WILSON);
    }
}
