package org.stratum.app.web.measures;

import java.util.List;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureGroup;
import org.stratum.engine.equity.StratifyingDimension;

/**
 * A measure group's Monitor: each stratum of a dimension over the rolling twelve-month points.
 *
 * @param strata    the strata that may be shown, with their charts
 * @param hidden    the strata left out because a point holds a count of 1 to 10
 * @param reference the stratum gaps are measured from (the largest shown), or null
 */
public record MonitorPage(MeasureDefinition measure, MeasureGroup group, StratifyingDimension dimension,
        int pointCount, List<StratumMonitor> strata, List<String> hidden, String reference) {

    public String title() {
        return measure.groups().size() > 1 ? measure.displayName() + ": " + group.title() : measure.displayName();
    }

    /** Control charts need a series; with fewer than two points there is no trend to monitor. */
    public boolean enoughPoints() {
        return pointCount >= 2;
    }
}
