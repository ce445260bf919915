package org.stratum.core.equity.suppression;

/**
 * Why a small count cannot be worked out from what is shown: an alternative table that agrees with
 * every shown count and every sum, keeps every hidden shown-type count at 1 or more (a reader knows
 * zeros are never hidden) and every count at 0 or more, yet has the protected cell at the threshold
 * or above. While such a table exists, no reasoning over the shown numbers can tell that the cell is
 * between 1 and threshold − 1. It changes hidden cells only.
 */
public sealed interface Protection permits CompensatingMove, ComponentScaling {

    /** The small cell this protects. */
    int protectedCell();

    /** The cells the alternative table changes; all of them are hidden. */
    int[] changedCells();

    /** The alternative table's counts, given the true ones. */
    long[] alternative(long[] counts);
}
