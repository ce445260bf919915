package org.stratum.core.equity.suppression;

/**
 * The small-number rules a published table follows.
 *
 * <p>CMS's cell-size suppression policy (ResDAC, "CMS cell size suppression policy"): no cell may show
 * a count of 1 to 10, or let one be derived from other cells; 0 may be shown. So the default
 * threshold is 11: counts from 1 to {@code threshold − 1} are small. Denominators under 30 give rates
 * too unstable to compare (the usual NCHS/AHRQ reliability floor), so they are marked, not hidden.
 *
 * @param threshold        the smallest non-zero count that may be shown; counts 1 … threshold − 1 are hidden
 * @param stableDenominator the smallest denominator whose rate is not marked unstable
 */
public record SuppressionPolicy(int threshold, int stableDenominator) {
    /** CMS: show 0 and counts of 11 or more; mark rates on fewer than 30 as unstable. */
    public static final SuppressionPolicy CMS = new SuppressionPolicy(11, 30);

    public SuppressionPolicy {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1, was " + threshold);
        }
        if (stableDenominator < 0) {
            throw new IllegalArgumentException("stable denominator must not be negative, was " + stableDenominator);
        }
    }

    /** A count that must not be shown nor be derivable: 1 to threshold − 1. Zero is not small. */
    public boolean isSmall(long count) {
        return count >= 1 && count < threshold;
    }

    public boolean isUnstable(long denominator) {
        return denominator < stableDenominator;
    }
}
