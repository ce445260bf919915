package org.stratum.app.equity;

/**
 * One row of a stratified measure as the page and its CSV show it. A value that suppression hides,
 * or that would let a hidden count be worked out, is null; so is a comparison that was not made.
 *
 * @param comparison how the row compares with the reference, in words ("meaningfully worse", "reference", …)
 * @param meaningful AHRQ's flag; null when not compared
 * @param suppressed whether any of the row's counts is hidden
 * @param unstable   a shown denominator under 30: the rate is too unstable to compare
 * @param total      the row of all the strata together
 */
public record StratumRow(String stratum, Long denominator, Long numerator, Double rate, Double rateLow, Double rateHigh,
        Double difference, Double differenceLow, Double differenceHigh, Double ratio, Double ratioLow,
        Double ratioHigh, Double pValue, Boolean meaningful, String comparison, boolean suppressed, boolean unstable,
        boolean total) {

    public boolean hasRate() {
        return rate != null;
    }

    public boolean compared() {
        return difference != null;
    }
}
