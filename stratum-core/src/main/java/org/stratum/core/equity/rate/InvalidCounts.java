package org.stratum.core.equity.rate;

/**
 * Thrown for counts that cannot describe any population: a negative count, a numerator larger than
 * its denominator for a proportion, a non-finite person-time. These are programming or data errors
 * upstream (a stratification query that double-counts, a sign error), never a result to display.
 */
public final class InvalidCounts extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidCounts(String message) {
        super(message);
    }
}
