package org.stratum.core.equity.disparity;

import java.util.Objects;
import org.stratum.core.equity.Direction;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.equity.rate.Proportion;

/**
 * One group's estimate as the summary disparity measures take it (HD*Calc's "pre-calculated
 * statistics"): the value (a rate, a proportion, an age-adjusted rate…), its standard error and the
 * group's population, which weights the group. For ordered measures the list order is the social
 * order, most disadvantaged first.
 *
 * @throws InvalidGroupEstimates for a non-finite value, a negative or non-finite standard error, or a population that is not positive
 */
public record GroupEstimate(String group, double value, double standardError, double population) {

    public GroupEstimate {
        Objects.requireNonNull(group, "group");
        if (!Double.isFinite(value)) {
            throw new InvalidGroupEstimates(group + ": the value must be finite, got " + value);
        }
        if (!(standardError >= 0) || Double.isInfinite(standardError)) {
            throw new InvalidGroupEstimates(group + ": the standard error must be finite and at least 0, got "
                    + standardError);
        }
        if (!(population > 0) || Double.isInfinite(population)) {
            throw new InvalidGroupEstimates(group + ": the population must be positive, got " + population);
        }
    }

    /** A proportion with its binomial standard error {@code √(p(1 − p)/n)}, weighted by its denominator. */
    public static GroupEstimate ofProportion(String group, Proportion proportion) {
        return new GroupEstimate(group, proportion.value(), proportion.standardError(), proportion.denominator());
    }

    /** A group's measure proportion. */
    public static GroupEstimate ofProportion(GroupCount count) {
        return ofProportion(count.group(), count.proportion());
    }

    /**
     * A group's adverse-outcome proportion (not screened, poorly controlled): the framing Harper &amp;
     * Lynch recommend for relative measures, which otherwise change with it.
     */
    public static GroupEstimate ofAdverseProportion(GroupCount count, Direction direction) {
        return ofProportion(count.group(), count.adverse(direction));
    }
}
