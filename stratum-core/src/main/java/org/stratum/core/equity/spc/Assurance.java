package org.stratum.core.equity.spc;

/**
 * The NHS "Making Data Count" assurance icons: can the process, as it stands, be relied on to meet
 * the target? Read from where the target sits against the latest point's control limits.
 */
public enum Assurance {
    /** The target is beyond the worse limit: the process will meet it every time unless something changes. */
    CONSISTENTLY_PASS,
    /** The target is beyond the better limit: the process will miss it every time unless something changes. */
    CONSISTENTLY_FAIL,
    /** The target lies between the limits: the process will sometimes meet it and sometimes not. */
    HIT_AND_MISS,
    /** No target was given, or the chart has no limits (a run chart). */
    NOT_ASSESSED
}
