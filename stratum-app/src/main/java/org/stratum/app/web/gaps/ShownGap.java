package org.stratum.app.web.gaps;

import org.stratum.core.equity.gaps.Gap;

/**
 * A gap as the finder lists it: its rank, whether its numbers may be shown (every count it rests on
 * is 0 or at least 11), and the outreach list of its patients when one can be asked for.
 *
 * @param outreachQuery the outreach list's query string for the gap's group and slice; null when a
 *                      filter of the slice has no outreach dimension yet
 */
public record ShownGap(int rank, Gap gap, boolean disclosable, String outreachQuery) {
}
