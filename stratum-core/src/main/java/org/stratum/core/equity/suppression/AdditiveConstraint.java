package org.stratum.core.equity.suppression;

import java.util.List;

/**
 * A sum a reader of the table knows holds: the cell {@code total} equals the sum of the cells
 * {@code parts} (a row total, a column total, a grand total). With one part it says that two cells
 * hold the same count, which is how a linked table is tied to another (the same strata's denominator
 * shown for two measures, or a subgroup's total shown in a second table).
 */
public record AdditiveConstraint(int total, List<Integer> parts) {

    public AdditiveConstraint {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a sum needs at least one part");
        }
        if (parts.contains(total) || parts.stream().distinct().count() != parts.size()) {
            throw new IllegalArgumentException("a sum's cells must all differ: " + total + " = " + parts);
        }
    }
}
