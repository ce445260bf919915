package org.stratum.core.equity.compare;

/**
 * What each group is compared with. The choice is the analyst's, and it changes the answer; AHRQ's
 * National Healthcare Quality and Disparities Report usually uses the largest or the best-performing
 * group (e.g. non-Hispanic White for race); public-health benchmarking often uses the overall value.
 */
public enum ReferenceChoice {
    /** The group with the best rate for the measure's direction (ties: the larger group, then by name). */
    BEST_GROUP,
    /** The group with the largest denominator (ties: by name). */
    LARGEST_GROUP,
    /** Everyone not in the group: the group's complement, a separate and independent set of patients. */
    EVERYONE_ELSE,
    /** The rate over all groups together, treated as a fixed benchmark value. */
    OVERALL,
    /** A group named by the analyst. */
    NAMED_GROUP,
    /** A fixed target rate on the measure's own scale, e.g. 0.80 screened. */
    TARGET
}
