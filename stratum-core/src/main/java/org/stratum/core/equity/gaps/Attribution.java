package org.stratum.core.equity.gaps;

/**
 * What a Kitagawa decomposition says explains a gap. There is no published cut-off; we call a
 * component "mostly" responsible when it is at least two thirds of the gap, so that a near even
 * split is reported as both rather than as whichever side happens to be a little larger.
 */
public enum Attribution {
    /** Composition is at least two thirds of the gap: the group is spread differently over the strata. */
    COMPOSITION,
    /** Rates within strata are at least two thirds of the gap: the group does worse in the same strata. */
    RATES_WITHIN_STRATA,
    /** Neither component reaches two thirds. */
    BOTH;

    static final double MOSTLY = 2.0 / 3.0;

    /** The attribution for a composition component that is {@code share} of the gap (rates are the rest). */
    static Attribution of(double share) {
        if (share >= MOSTLY) {
            return COMPOSITION;
        }
        return 1 - share >= MOSTLY ? RATES_WITHIN_STRATA : BOTH;
    }
}
