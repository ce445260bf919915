package org.stratum.core.equity.rate;

/**
 * A proportion {@code numerator/denominator}: the share of a measure's denominator population that
 * meets its numerator, for one stratum. Counts are whole patients.
 *
 * <p>A stratum with nobody in the denominator is allowed (stratification produces them) but has no
 * estimate: {@link #hasEstimate()} is false and {@link #value()} throws {@link NoEstimate}; its
 * intervals are all of [0, 1], which is what both the Wilson and the Clopper–Pearson formulas give
 * when there are no observations.
 *
 * @throws InvalidCounts for a negative count or a numerator above the denominator
 */
public record Proportion(long numerator, long denominator) {

    public Proportion {
        if (numerator < 0 || denominator < 0) {
            throw new InvalidCounts("Counts cannot be negative, got " + numerator + "/" + denominator);
        }
        if (numerator > denominator) {
            throw new InvalidCounts("The numerator " + numerator + " exceeds the denominator " + denominator);
        }
    }

    /** Whether there is anyone in the denominator. */
    public boolean hasEstimate() {
        return denominator > 0;
    }

    /**
     * {@code numerator / denominator}.
     *
     * @throws NoEstimate when the denominator is 0
     */
    public double value() {
        if (denominator == 0) {
            throw new NoEstimate("No proportion for a stratum with nobody in the denominator");
        }
        return (double) numerator / denominator;
    }

    /** The share without the outcome, {@code (denominator − numerator)/denominator}, as a proportion. */
    public Proportion complement() {
        return new Proportion(denominator - numerator, denominator);
    }

    /** The binomial standard error {@code √(p(1 − p)/n)}; 0 at p = 0 or p = 1. */
    public double standardError() {
        double p = value();
        return Math.sqrt(p * (1 - p) / denominator);
    }

    /** The Wilson score interval at 95%, Stratum's default. */
    public ConfidenceInterval interval() {
        return wilson(ConfidenceLevel.NINETY_FIVE);
    }

    /** The Wilson score interval, Stratum's default, at the given level. */
    public ConfidenceInterval interval(ConfidenceLevel level) {
        return wilson(level);
    }

    /** The Wilson score interval. */
    public ConfidenceInterval wilson(ConfidenceLevel level) {
        return WilsonInterval.of(numerator, denominator, level);
    }

    /** The Clopper–Pearson exact interval. */
    public ConfidenceInterval clopperPearson(ConfidenceLevel level) {
        return ClopperPearsonInterval.of(numerator, denominator, level);
    }
}
