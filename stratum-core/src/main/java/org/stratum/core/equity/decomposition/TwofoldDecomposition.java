package org.stratum.core.equity.decomposition;

/**
 * ȳ_A − ȳ_B = (X̄_A − X̄_B)′β* [explained] + X̄_A′(β_A − β*) + X̄_B′(β* − β_B) [unexplained].
 *
 * @param reference where β* comes from
 * @param explained the part the groups' different characteristics account for
 * @param unexplained the part due to different returns to the same characteristics (and anything not measured)
 */
public record TwofoldDecomposition(TwofoldReference reference, double explained, double unexplained) {

    public double gap() {
        return explained + unexplained;
    }
}
