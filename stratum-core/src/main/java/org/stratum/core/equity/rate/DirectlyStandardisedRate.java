package org.stratum.core.equity.rate;

import java.util.List;
import java.util.Objects;

/**
 * A directly age-standardised rate with the Dobson interval (Dobson AJ, Kuulasmaa K, Eberle E,
 * Scherer J, Stat Med 1991;10:457-462), as PHEindicatormethods computes it ({@code R/DSR.R}):
 *
 * <pre>  DSR = Σ wᵢ·xᵢ/nᵢ / Σ wᵢ          var = Σ xᵢ·(wᵢ/nᵢ)² / (Σ wᵢ)²          O = Σ xᵢ
 *  L, U = DSR + √(var/O) · (Byar(O) − O)   with Byar's lower or upper limit for O</pre>
 *
 * <p>The counts are matched to the standard's bands by position, youngest first, as in that package.
 * Below {@value #MINIMUM_EVENTS} events in total there is no estimate ({@link #hasEstimate()} is
 * false): PHEindicatormethods reports "dsr NA for total count < 10" because the rate is unreliable.
 */
public final class DirectlyStandardisedRate {

    /** Fewer events than this in total give no rate (PHEindicatormethods' rule). */
    public static final int MINIMUM_EVENTS = 10;

    private final StandardPopulation standard;
    private final double multiplier;
    private final long totalEvents;
    private final double totalPopulation;
    private final double rate;
    private final double variance;

    private DirectlyStandardisedRate(StandardPopulation standard, double multiplier, long totalEvents,
            double totalPopulation, double rate, double variance) {
        this.standard = standard;
        this.multiplier = multiplier;
        this.totalEvents = totalEvents;
        this.totalPopulation = totalPopulation;
        this.rate = rate;
        this.variance = variance;
    }

    /**
     * Standardises age-specific counts, one per band of {@code standard}, youngest first.
     *
     * @throws IllegalArgumentException when the number of counts differs from the standard's bands
     * @throws InvalidCounts for a multiplier that is not positive
     */
    public static DirectlyStandardisedRate of(List<AgeSpecificCount> counts, StandardPopulation standard,
            double multiplier) {
        Objects.requireNonNull(standard, "standard");
        if (counts.size() != standard.size()) {
            throw new IllegalArgumentException("Standard population " + standard.name() + " has " + standard.size()
                    + " age bands but " + counts.size() + " age-specific counts were given");
        }
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new InvalidCounts("The multiplier must be positive, got " + multiplier);
        }
        double weightedRates = 0;
        double weightedSquares = 0;
        long events = 0;
        double population = 0;
        for (int i = 0; i < counts.size(); i++) {
            AgeSpecificCount count = counts.get(i);
            double weightPerPerson = standard.bands().get(i).weight() / count.population();
            weightedRates += count.events() * weightPerPerson;
            weightedSquares += count.events() * weightPerPerson * weightPerPerson;
            events += count.events();
            population += count.population();
        }
        double total = standard.totalWeight();
        return new DirectlyStandardisedRate(standard, multiplier, events, population, weightedRates / total,
                weightedSquares / (total * total));
    }

    /** Whether there are at least {@value #MINIMUM_EVENTS} events. */
    public boolean hasEstimate() {
        return totalEvents >= MINIMUM_EVENTS;
    }

    /**
     * The standardised rate, times the multiplier.
     *
     * @throws NoEstimate below {@value #MINIMUM_EVENTS} events
     */
    public double value() {
        requireEvents();
        return rate * multiplier;
    }

    /** The Dobson interval at 95%. */
    public ConfidenceInterval interval() {
        return interval(ConfidenceLevel.NINETY_FIVE);
    }

    /**
     * The Dobson interval, times the multiplier.
     *
     * @throws NoEstimate below {@value #MINIMUM_EVENTS} events
     */
    public ConfidenceInterval interval(ConfidenceLevel level) {
        requireEvents();
        ConfidenceInterval count = ByarsInterval.of(totalEvents, level);
        double perEvent = Math.sqrt(variance / totalEvents);
        return new ConfidenceInterval((rate + perEvent * (count.lower() - totalEvents)) * multiplier,
                (rate + perEvent * (count.upper() - totalEvents)) * multiplier, level, IntervalMethod.DOBSON);
    }

    /** The events summed over the bands, O. */
    public long totalEvents() {
        return totalEvents;
    }

    /** The population summed over the bands. */
    public double totalPopulation() {
        return totalPopulation;
    }

    /** The standard population used. */
    public StandardPopulation standard() {
        return standard;
    }

    /** The multiplier, e.g. 100,000 for a rate per 100,000. */
    public double multiplier() {
        return multiplier;
    }

    private void requireEvents() {
        if (!hasEstimate()) {
            throw new NoEstimate("No directly standardised rate from " + totalEvents + " events (fewer than "
                    + MINIMUM_EVENTS + ": too unreliable to report, as PHEindicatormethods rules)");
        }
    }
}
