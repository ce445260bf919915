package org.stratum.core.equity.suppression;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as suppression sees it: counts (shown, or only derivable) and the sums that tie them
 * together. Tables published side by side (a subgroup beside its total, two measures over the same
 * denominators) are one {@code PublishedTable} whose sums cross between them, because a reader sees
 * them together and can combine them.
 */
public final class PublishedTable {
    private final List<Cell> cells;
    private final List<AdditiveConstraint> sums;
    private final SumIndex index;

    private PublishedTable(List<Cell> cells, List<AdditiveConstraint> sums) {
        this.cells = List.copyOf(cells);
        this.sums = List.copyOf(sums);
        this.index = new SumIndex(cells.size(), this.sums);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return cells.size();
    }

    public Cell cell(int index) {
        return cells.get(index);
    }

    public List<Cell> cells() {
        return cells;
    }

    public List<AdditiveConstraint> sums() {
        return sums;
    }

    SumIndex index() {
        return index;
    }

    /** Collects cells and sums; {@link #build()} checks that every sum holds for the true counts. */
    public static final class Builder {
        private final List<Cell> cells = new ArrayList<>();
        private final List<AdditiveConstraint> sums = new ArrayList<>();

        /** A count the table shows unless it is suppressed; returns its index. */
        public int shown(String label, long count) {
            cells.add(new Cell(label, count, true));
            return cells.size() - 1;
        }

        /** A count the table never shows but a reader can work out from shown ones; returns its index. */
        public int derived(String label, long count) {
            cells.add(new Cell(label, count, false));
            return cells.size() - 1;
        }

        public Builder sum(int total, List<Integer> parts) {
            AdditiveConstraint sum = new AdditiveConstraint(total, parts);
            for (int cell : sum.parts()) {
                requireCell(cell);
            }
            requireCell(total);
            sums.add(sum);
            return this;
        }

        /** Two cells that hold the same count, e.g. one denominator shown in two linked tables. */
        public Builder same(int cell, int other) {
            return sum(cell, List.of(other));
        }

        public long count(int cell) {
            return cells.get(cell).count();
        }

        public PublishedTable build() {
            for (AdditiveConstraint sum : sums) {
                long parts = sum.parts().stream().mapToLong(this::count).sum();
                Cell total = cells.get(sum.total());
                if (parts != total.count()) {
                    throw new InconsistentTable("'" + total.label() + "' is " + total.count()
                            + " but its parts add up to " + parts);
                }
            }
            return new PublishedTable(cells, sums);
        }

        private void requireCell(int cell) {
            if (cell < 0 || cell >= cells.size()) {
                throw new IndexOutOfBoundsException("no cell " + cell + " among " + cells.size());
            }
        }
    }
}
