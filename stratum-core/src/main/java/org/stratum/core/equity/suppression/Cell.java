package org.stratum.core.equity.suppression;

/**
 * One count in a published table.
 *
 * @param label     what the count is, e.g. "Black / met"; used in messages and by readers of the result
 * @param count     the true count, never negative
 * @param displayed whether the table shows this count (unless suppression hides it); a count that is
 *                  never shown but can be worked out from shown ones (patients not meeting a measure,
 *                  the part of a total outside a shown subgroup) is declared with {@code false} so its
 *                  small values are protected too
 */
public record Cell(String label, long count, boolean displayed) {

    public Cell {
        if (count < 0) {
            throw new InconsistentTable("cell '" + label + "' has a negative count " + count);
        }
    }
}
