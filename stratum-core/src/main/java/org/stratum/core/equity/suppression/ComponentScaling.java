package org.stratum.core.equity.suppression;

/**
 * The protection of last resort, when no compensating move is found: every non-zero count in the
 * protected cell's connected part of the table is hidden, and multiplying all of them by
 * {@code factor} keeps every sum (sums are homogeneous) and every shown zero, so the reader cannot
 * tell the table from one {@code factor} times larger. Costly, but it always exists.
 */
public record ComponentScaling(int protectedCell, int[] cells, long factor) implements Protection {

    public ComponentScaling {
        cells = cells.clone();
    }

    @Override
    public int[] cells() {
        return cells.clone();
    }

    @Override
    public int[] changedCells() {
        return cells.clone();
    }

    @Override
    public long[] alternative(long[] counts) {
        long[] other = counts.clone();
        for (int cell : cells) {
            other[cell] *= factor;
        }
        return other;
    }
}
