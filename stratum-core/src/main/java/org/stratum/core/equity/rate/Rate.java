package org.stratum.core.equity.rate;

/**
 * A crude rate: {@code events / denominator × multiplier}, where the denominator is a population or
 * person-time (so it may be fractional) and the multiplier expresses the rate "per 100,000" and so on.
 *
 * <p>Its interval follows PHEindicatormethods {@code phe_rate} ({@code R/Rates.R}): exact Poisson
 * limits below {@value #EXACT_BELOW} events, Byar's approximation from {@value #EXACT_BELOW} up, both
 * divided by the denominator. Events may exceed the denominator (several events per person), as in
 * that package's test row "Area12" (250 events in 220 people). A zero denominator has no estimate.
 *
 * @throws InvalidCounts for negative events, a negative or non-finite denominator, or a multiplier that is not positive
 */
public record Rate(long events, double denominator, double multiplier) {

    /** Below this many events the limits are exact; Byar's approximation is used from here up (PHE's rule). */
    public static final int EXACT_BELOW = 10;

    public Rate {
        if (events < 0) {
            throw new InvalidCounts("Events cannot be negative, got " + events);
        }
        if (!(denominator >= 0) || Double.isInfinite(denominator)) {
            throw new InvalidCounts("The denominator must be a finite population or person-time of at least 0, got "
                    + denominator);
        }
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new InvalidCounts("The multiplier must be positive, got " + multiplier);
        }
    }

    /** A rate per one unit of the denominator. */
    public static Rate of(long events, double denominator) {
        return new Rate(events, denominator, 1);
    }

    /** Whether the denominator is positive. */
    public boolean hasEstimate() {
        return denominator > 0;
    }

    /**
     * {@code events / denominator × multiplier}.
     *
     * @throws NoEstimate when the denominator is 0
     */
    public double value() {
        requireDenominator();
        return events / denominator * multiplier;
    }

    /** The interval at 95%. */
    public ConfidenceInterval interval() {
        return interval(ConfidenceLevel.NINETY_FIVE);
    }

    /**
     * Exact Poisson limits below 10 events, Byar's from 10, on the rate's scale.
     *
     * @throws NoEstimate when the denominator is 0
     */
    public ConfidenceInterval interval(ConfidenceLevel level) {
        requireDenominator();
        ConfidenceInterval counts = events < EXACT_BELOW ? ExactPoissonInterval.of(events, level)
                : ByarsInterval.of(events, level);
        return new ConfidenceInterval(counts.lower() / denominator * multiplier,
                counts.upper() / denominator * multiplier, level, counts.method());
    }

    private void requireDenominator() {
        if (denominator == 0) {
            throw new NoEstimate("No rate for a stratum with no population or person-time");
        }
    }
}
