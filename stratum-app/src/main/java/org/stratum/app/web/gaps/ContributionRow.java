package org.stratum.app.web.gaps;

/**
 * One stratum's share of a decomposed gap, or the total of all strata: the composition part, the
 * part from rates within the stratum, and both together, as proportions (the page shows points).
 */
public record ContributionRow(String stratum, double composition, double rate, double total, boolean isTotal) {
}
