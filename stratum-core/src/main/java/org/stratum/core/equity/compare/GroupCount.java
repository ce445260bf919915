package org.stratum.core.equity.compare;

import java.util.Objects;
import org.stratum.core.equity.Direction;
import org.stratum.core.equity.rate.Proportion;

/**
 * One stratum's counts for a measure: how many of its denominator patients meet the numerator. This
 * is what the engines return for every group; every statistic is computed from it.
 *
 * @param group the stratum's name, e.g. "Black or African American"
 * @throws org.stratum.core.equity.rate.InvalidCounts for a negative count or a numerator above the denominator
 */
public record GroupCount(String group, long numerator, long denominator) {

    public GroupCount {
        Objects.requireNonNull(group, "group");
        new Proportion(numerator, denominator); // validates the counts
    }

    /** The counts as a proportion. */
    public Proportion proportion() {
        return new Proportion(numerator, denominator);
    }

    /**
     * The counts framed as the adverse outcome: the patients who do not meet a higher-is-better
     * measure, or who do meet a lower-is-better one. Computed from whole counts so that "screened"
     * under {@link Direction#HIGHER_IS_BETTER} and "not screened" under {@link Direction#LOWER_IS_BETTER}
     * give bit-for-bit the same statistics.
     */
    public Proportion adverse(Direction direction) {
        long adverse = direction == Direction.HIGHER_IS_BETTER ? denominator - numerator : numerator;
        return new Proportion(adverse, denominator);
    }
}
