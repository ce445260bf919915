package org.stratum.core.equity.decomposition;

/**
 * What one stratum adds to each component of a Kitagawa decomposition.
 *
 * @param stratum the stratum's name
 * @param composition (c_A − c_B)(r_A + r_B)/2: the part due to the groups' different shares in it
 * @param rate (r_A − r_B)(c_A + c_B)/2: the part due to the groups' different rates within it
 */
public record StratumContribution(String stratum, double composition, double rate) {

    /** The stratum's whole contribution to the gap. */
    public double total() {
        return composition + rate;
    }
}
