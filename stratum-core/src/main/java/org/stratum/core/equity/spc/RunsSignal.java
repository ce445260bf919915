package org.stratum.core.equity.spc;

/** A non-random pattern found by the runs analysis of one phase. */
public enum RunsSignal {
    /** A run of points on one side of the centre line longer than chance allows (a shift). */
    SHIFT,
    /** The line crosses the centre line less often than chance allows (too few runs). */
    TOO_FEW_CROSSINGS,
    /** The line crosses the centre line more often than chance allows (too many runs). IHI rules only. */
    TOO_MANY_CROSSINGS,
    /** Too many successive increases or decreases. IHI rules only. */
    TREND
}
