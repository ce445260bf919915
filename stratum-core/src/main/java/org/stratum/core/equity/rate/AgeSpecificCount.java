package org.stratum.core.equity.rate;

/**
 * Events and population (or person-time) in one age band of the population being standardised.
 *
 * @throws InvalidCounts for negative events or a population that is not positive and finite
 */
public record AgeSpecificCount(long events, double population) {

    public AgeSpecificCount {
        if (events < 0) {
            throw new InvalidCounts("Events cannot be negative, got " + events);
        }
        // PHEindicatormethods requires n > 0 in every band ("denominators must all be greater than
        // zero"): an age-specific rate with no population is undefined, so the band cannot be weighted.
        if (!(population > 0) || Double.isInfinite(population)) {
            throw new InvalidCounts("An age band needs a positive population, got " + population
                    + "; merge empty bands with a neighbour or use a standard with wider bands");
        }
    }
}
