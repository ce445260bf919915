package org.stratum.core.real.tabulation;

/**
 * How many patients a stratum holds and their share of everyone tabulated (non-answers included in
 * the base, so the share of "declined" is visible beside the others).
 */
public record StratumCount(Stratum stratum, int patients, double share) {
}
