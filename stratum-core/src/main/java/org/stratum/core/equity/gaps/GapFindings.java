package org.stratum.core.equity.gaps;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a scan: the meaningful gaps ranked by patients to equity (most first), how many
 * comparisons were made (the Benjamini–Hochberg family), and how many groups were not compared
 * because they, or everyone else in their slice, had fewer patients than the minimum.
 */
public record GapFindings(List<Gap> gaps, int comparisons, int groupsTooSmall, GapCriteria criteria) {

    public GapFindings {
        gaps = List.copyOf(gaps);
        Objects.requireNonNull(criteria, "criteria");
    }

    /** The first {@code limit} gaps of the ranking. */
    public List<Gap> top(int limit) {
        return gaps.subList(0, Math.min(limit, gaps.size()));
    }
}
