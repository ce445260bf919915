package org.stratum.core.equity.disparity;

import java.util.List;
import org.stratum.core.equity.rate.NoEstimate;

/**
 * The range ratio: the highest group value over the lowest (Harper &amp; Lynch 2005, a relative
 * measure). Its standard error is on the log scale, {@code SE(ln RR) = √(se_max²/y_max² + se_min²/y_min²)}
 * (delta method for independent groups; healthequal {@code R/r.R}), so its interval is
 * {@code exp(ln RR ± z·SE)}.
 */
public final class RangeRatio {

    static final String NAME = "range ratio";

    private RangeRatio() {
    }

    /**
     * @throws InvalidGroupEstimates with fewer than 2 groups or a negative value
     * @throws NoEstimate when the lowest value is 0 (the ratio is unbounded)
     */
    public static DisparityEstimate of(List<GroupEstimate> groups) {
        PopulationShares.of(groups, 2, NAME);
        GroupEstimate high = RangeDifference.highest(groups);
        GroupEstimate low = RangeDifference.lowest(groups);
        if (low.value() < 0) {
            throw new InvalidGroupEstimates(NAME + " needs values of at least 0; " + low.group() + " has " + low.value());
        }
        if (low.value() == 0) {
            throw new NoEstimate("The range ratio is unbounded: " + low.group() + " has a rate of 0");
        }
        double seLog = Math.hypot(high.standardError() / high.value(), low.standardError() / low.value());
        return DisparityEstimate.withError(NAME, high.value() / low.value(), seLog, ErrorScale.LOG,
                "delta method on the log scale for independent groups: √(se_max²/y_max² + se_min²/y_min²), "
                        + high.group() + " over " + low.group());
    }
}
