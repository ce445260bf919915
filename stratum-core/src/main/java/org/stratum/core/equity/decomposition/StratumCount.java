package org.stratum.core.equity.decomposition;

/**
 * One group's count in one stratum (a site, a payer, an age band): how many met the measure out of
 * how many were eligible.
 *
 * @param stratum the stratum's name, matched between the two groups
 * @param numerator patients meeting the measure (or events)
 * @param denominator eligible patients (or exposure)
 */
public record StratumCount(String stratum, double numerator, double denominator) {

    public StratumCount {
        if (stratum == null) {
            throw new InvalidDecomposition("a stratum needs a name");
        }
        if (!(numerator >= 0) || !(denominator >= 0)) {
            throw new InvalidDecomposition("counts cannot be negative or missing: " + stratum + " " + numerator + "/" + denominator);
        }
    }
}
