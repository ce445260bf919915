package org.stratum.core.equity.disparity;

import java.util.List;
import org.stratum.core.equity.Direction;
import org.stratum.core.equity.rate.NoEstimate;

/**
 * The Index of Disparity (Pearcy JN, Keppel KG, Public Health Rep 2002;117:273-280): the average
 * absolute difference from a reference rate, as a percentage of that rate,
 *
 * <pre>  IDisp = 100 · (Σ_j |y_j − y_ref| / divisor) / y_ref</pre>
 *
 * <p>Implementations disagree on the reference and the divisor, so both are explicit here: against a
 * group (the best, or one named) we divide by the number of groups compared with it, J − 1; against the
 * population-weighted mean, as WHO's HEAT and healthequal do, by all J groups. The sum is unweighted.
 *
 * <p>No standard error: HEAT's formula for one is commented out ({@code idis.R}) and healthequal
 * estimates intervals by simulation ({@code R/idisu.R}); the absolute value also makes the delta method
 * unreliable when a group is close to the reference. We report none rather than an unvalidated one.
 */
public final class IndexOfDisparity {

    static final String NAME = "index of disparity";
    static final String NO_ERROR = "no analytic standard error exists (HEAT's is commented out, healthequal simulates)";

    private IndexOfDisparity() {
    }

    /**
     * Against an explicit reference value and divisor.
     *
     * @throws InvalidGroupEstimates with fewer than 2 groups or a divisor that is not positive
     * @throws NoEstimate when the reference is not positive
     */
    public static DisparityEstimate of(List<GroupEstimate> groups, double reference, int divisor, String description) {
        PopulationShares.of(groups, 2, NAME);
        if (divisor < 1) {
            throw new InvalidGroupEstimates("The divisor must be at least 1, got " + divisor);
        }
        if (!(reference > 0) || Double.isInfinite(reference)) {
            throw new NoEstimate("The index of disparity needs a positive reference rate, got " + reference);
        }
        double sum = groups.stream().mapToDouble(g -> Math.abs(g.value() - reference)).sum();
        return DisparityEstimate.withoutError(NAME, 100 * (sum / divisor) / reference,
                NO_ERROR + "; reference " + description + " = " + reference + ", divided by " + divisor + " groups");
    }

    /** Against a named group's value, divided by the J − 1 other groups. */
    public static DisparityEstimate againstGroup(List<GroupEstimate> groups, String name) {
        GroupEstimate reference = groups.stream().filter(g -> g.group().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidGroupEstimates("No group named '" + name + "'"));
        return of(groups, reference.value(), groups.size() - 1, name);
    }

    /** Against the best group's value for the measure's direction, divided by the J − 1 other groups. */
    public static DisparityEstimate againstBest(List<GroupEstimate> groups, Direction direction) {
        PopulationShares.of(groups, 2, NAME);
        GroupEstimate best = direction == Direction.HIGHER_IS_BETTER ? RangeDifference.highest(groups)
                : RangeDifference.lowest(groups);
        return of(groups, best.value(), groups.size() - 1, "best group " + best.group());
    }

    /** Against the population-weighted mean, divided by all J groups (HEAT, healthequal). */
    public static DisparityEstimate againstMean(List<GroupEstimate> groups) {
        PopulationShares shares = PopulationShares.of(groups, 2, NAME);
        return of(groups, shares.mean, groups.size(), "population-weighted mean");
    }
}
