package org.stratum.core.equity.rate;

import java.util.Objects;

/**
 * One age band of a standard population: its label (e.g. "45-49"), first and last year of age, and
 * its weight. The last band is usually open-ended ({@link #OPEN}).
 */
public record StandardAgeBand(String label, int fromAge, int toAge, double weight) {

    /** The {@code toAge} of an open-ended band such as "90+". */
    public static final int OPEN = Integer.MAX_VALUE;

    public StandardAgeBand {
        Objects.requireNonNull(label, "label");
        if (fromAge < 0 || toAge < fromAge) {
            throw new IllegalArgumentException("Band " + label + " has no ages: " + fromAge + " to " + toAge);
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("Band " + label + " needs a finite weight of at least 0, got " + weight);
        }
    }

    /** Whether the band has no upper age. */
    public boolean isOpenEnded() {
        return toAge == OPEN;
    }

    /** Whether a person of this age (in completed years) belongs to the band. */
    public boolean contains(int age) {
        return fromAge <= age && age <= toAge;
    }
}
