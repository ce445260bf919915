package org.stratum.app.web.measures;

import org.stratum.app.equity.ShownTotal;

/**
 * One measure group on the overview.
 *
 * @param groupId    null when the measure has one group
 * @param trend      null without at least two rolling twelve-month points
 * @param gap        null when there is no credible gap among race and ethnicity groups, or it cannot be shown
 */
public record OverviewRow(String measureId, String groupId, String title, String better, ShownTotal total, Sparkline trend,
        LargestGap gap) {
}
