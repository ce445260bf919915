package org.stratum.core.equity.decomposition;

/**
 * The reference coefficients β* of a twofold Oaxaca–Blinder decomposition: the returns that would
 * hold without discrimination (Jann 2008, The Stata Journal 8(4), §2.1, and Stata {@code oaxaca}).
 */
public enum TwofoldReference {
    /** Group A's coefficients (Stata {@code weight(1)}). */
    GROUP_A,
    /** Group B's coefficients (Stata {@code weight(0)}); explained equals the threefold endowments. */
    GROUP_B,
    /**
     * A pooled regression over both groups with a group indicator, whose coefficient is then
     * dropped (Jann's {@code pooled}, the Stata default; Fortin 2006). The indicator keeps the gap
     * itself from leaking into the pooled slopes.
     */
    POOLED,
    /** A pooled regression without a group indicator (Neumark 1988; Stata {@code omega}). */
    NEUMARK
}
