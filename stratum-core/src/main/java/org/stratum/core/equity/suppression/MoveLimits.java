package org.stratum.core.equity.suppression;

import java.util.BitSet;

/**
 * What a compensating move may do to each cell, and what it costs: a shown zero is never used, a
 * lowered cell stays at 1 or more if it is a shown-type cell (a reader knows hidden shown cells are not
 * zero) and at 0 or more if it is derivable; using a cell costs its count unless it is already hidden.
 * Worked out into arrays once per search, because the search asks on every step.
 */
final class MoveLimits {
    private final long[] counts;
    private final boolean[] displayed;
    private final boolean[] canRaise;
    private final boolean[] canLower;
    private final long[] costs;
    private long step;

    MoveLimits(PublishedTable table) {
        int n = table.size();
        counts = new long[n];
        displayed = new boolean[n];
        canRaise = new boolean[n];
        canLower = new boolean[n];
        costs = new long[n];
        for (int i = 0; i < n; i++) {
            counts[i] = table.cell(i).count();
            displayed[i] = table.cell(i).displayed();
            canRaise[i] = !(displayed[i] && counts[i] == 0);
        }
    }

    void reset(BitSet hidden, long step) {
        this.step = step;
        for (int i = 0; i < counts.length; i++) {
            canLower[i] = canRaise[i] && counts[i] - step >= (displayed[i] ? 1 : 0);
            costs[i] = hidden.get(i) ? 0 : counts[i];
        }
    }

    long count(int cell) {
        return counts[cell];
    }

    /** Whether the cell may move by {@code unit} (±1) steps. */
    boolean usable(int cell, int unit) {
        return unit > 0 ? canRaise[cell] : canLower[cell];
    }

    /** Whether a cell stays within its limits after moving by {@code units} steps. */
    boolean withinLimits(int cell, int units) {
        return counts[cell] + step * units >= (displayed[cell] ? 1 : 0);
    }

    boolean isHidden(int cell) {
        return costs[cell] == 0;
    }

    long cost(int cell) {
        return costs[cell];
    }
}
