package org.stratum.core.equity.disparity;

import java.util.Comparator;
import java.util.List;

/**
 * The range difference: the highest group value minus the lowest (Harper &amp; Lynch 2005, an absolute
 * measure). Its standard error treats the two groups as independent, {@code √(se_max² + se_min²)}, as
 * healthequal's pair difference does ({@code R/d.R}). It ignores every group in between and their sizes.
 */
public final class RangeDifference {

    static final String NAME = "range difference";

    private RangeDifference() {
    }

    /**
     * @throws InvalidGroupEstimates with fewer than 2 groups
     */
    public static DisparityEstimate of(List<GroupEstimate> groups) {
        PopulationShares.of(groups, 2, NAME);
        GroupEstimate high = highest(groups);
        GroupEstimate low = lowest(groups);
        return DisparityEstimate.withError(NAME, high.value() - low.value(),
                Math.hypot(high.standardError(), low.standardError()), ErrorScale.LINEAR,
                "independent groups: √(se_max² + se_min²), " + high.group() + " minus " + low.group());
    }

    /** The group with the highest value; the first listed among equals. */
    static GroupEstimate highest(List<GroupEstimate> groups) {
        return groups.stream().max(Comparator.comparingDouble(GroupEstimate::value)).orElseThrow();
    }

    /** The group with the lowest value; the first listed among equals. */
    static GroupEstimate lowest(List<GroupEstimate> groups) {
        return groups.stream().min(Comparator.comparingDouble(GroupEstimate::value)).orElseThrow();
    }
}
