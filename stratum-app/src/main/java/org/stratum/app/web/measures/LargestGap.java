package org.stratum.app.web.measures;

import org.stratum.core.equity.gaps.Gap;

/**
 * The largest credible gap among race and ethnicity groups for one measure group: the gap finder's
 * top-ranked gap (most patients to equity) in all patients, by either tabulation.
 *
 * @param difference the group's rate minus everyone else's, on the measure's scale
 */
public record LargestGap(String group, String dimension, double difference, double differenceLow, double differenceHigh,
        long patientsToEquity) {

    static LargestGap of(Gap gap) {
        return new LargestGap(gap.group().group(), gap.dimension(), gap.difference().estimate(),
                gap.difference().interval().lower(), gap.difference().interval().upper(), gap.patients());
    }
}
