package org.stratum.core.equity.gaps;

import java.util.Objects;
import org.stratum.core.equity.compare.ComparisonWithReference;
import org.stratum.core.equity.multiplicity.BenjaminiHochberg;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.suppression.SuppressionPolicy;

/**
 * What makes a difference a gap worth ranking.
 *
 * @param falseDiscoveryRate the Benjamini–Hochberg rate over the whole family of comparisons
 * @param minimumGroupSize   the fewest eligible patients a group (and its reference) must have to be
 *                           compared at all; never below the CMS small-cell threshold of 11, because a
 *                           group of 1–10 patients cannot be shown anyway
 * @param relativeThreshold  AHRQ's relative difference in the adverse outcome, 10% by default
 * @param level              the confidence level of the intervals reported
 */
public record GapCriteria(double falseDiscoveryRate, long minimumGroupSize, double relativeThreshold,
        ConfidenceLevel level) {
    /**
     * The default minimum group size: 30, the denominator under which a rate is marked unstable
     * (NCHS/AHRQ reliability floor, {@link SuppressionPolicy#CMS}).
     */
    public static final long DEFAULT_MINIMUM_GROUP_SIZE = SuppressionPolicy.CMS.stableDenominator();

    public GapCriteria {
        new BenjaminiHochberg(falseDiscoveryRate); // validates the rate
        Objects.requireNonNull(level, "level");
        if (minimumGroupSize < SuppressionPolicy.CMS.threshold()) {
            throw new IllegalArgumentException("The minimum group size must be at least " + SuppressionPolicy.CMS.threshold()
                    + ": groups of 1 to " + (SuppressionPolicy.CMS.threshold() - 1) + " patients cannot be shown, was "
                    + minimumGroupSize);
        }
        if (!(relativeThreshold >= 0) || Double.isInfinite(relativeThreshold)) {
            throw new IllegalArgumentException("A relative threshold must be at least 0, was " + relativeThreshold);
        }
    }

    /** 5% false discovery rate, groups of 30 or more, AHRQ's 10% rule, 95% intervals. */
    public static GapCriteria defaults() {
        return new GapCriteria(BenjaminiHochberg.DEFAULT_FDR, DEFAULT_MINIMUM_GROUP_SIZE,
                ComparisonWithReference.AHRQ_RELATIVE_THRESHOLD, ConfidenceLevel.NINETY_FIVE);
    }

    public GapCriteria withFalseDiscoveryRate(double rate) {
        return new GapCriteria(rate, minimumGroupSize, relativeThreshold, level);
    }

    public GapCriteria withMinimumGroupSize(long size) {
        return new GapCriteria(falseDiscoveryRate, size, relativeThreshold, level);
    }
}
