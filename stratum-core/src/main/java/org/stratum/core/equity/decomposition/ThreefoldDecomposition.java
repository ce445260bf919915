package org.stratum.core.equity.decomposition;

/**
 * ȳ_A − ȳ_B = (X̄_A − X̄_B)′β_B [endowments] + X̄_B′(β_A − β_B) [coefficients]
 * + (X̄_A − X̄_B)′(β_A − β_B) [interaction], from group B's point of view (Jann 2008, eq. 3; Stata
 * {@code oaxaca}'s default threefold).
 *
 * @param endowments what the gap would be if group B's coefficients applied to both groups
 * @param coefficients what it would be if group B had group A's coefficients
 * @param interaction the part due to both differing at once
 */
public record ThreefoldDecomposition(double endowments, double coefficients, double interaction) {

    public double gap() {
        return endowments + coefficients + interaction;
    }
}
