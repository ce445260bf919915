package org.stratum.core.equity.spc;

/** The NHS "Making Data Count" variation icons. */
public enum Variation {
    /** Only common-cause variation: the process is behaving as it has been. */
    COMMON_CAUSE,
    /** Special cause on the better side of the centre line. */
    SPECIAL_CAUSE_IMPROVEMENT,
    /** Special cause on the worse side of the centre line. */
    SPECIAL_CAUSE_CONCERN
}
