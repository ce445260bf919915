package org.stratum.core.equity.suppression;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The cells that could rebalance one sum, cheapest first, one list per search depth so that deeper
 * steps do not overwrite the list a shallower step is still walking. Each sum's cells are sorted by
 * count once; a list is then the hidden ones (free) followed by the others in that order, with no
 * sorting during the search.
 */
final class CandidateLists {
    private final int[][] sortedCells;
    private final int[][] sortedCoefficients;
    private final int[][] cells;
    private final int[][] units;
    private final long[][] costs;
    private long cheapest;

    CandidateLists(SumIndex sums, MoveLimits limits, int levels) {
        int widest = 1;
        sortedCells = new int[sums.sumCount()][];
        sortedCoefficients = new int[sums.sumCount()][];
        for (int k = 0; k < sums.sumCount(); k++) {
            int[] members = sums.cellsOf(k);
            int[] coefficients = sums.coefficientsOfSum(k);
            Integer[] order = new Integer[members.length];
            for (int p = 0; p < members.length; p++) {
                order[p] = p;
            }
            Arrays.sort(order, Comparator.comparingLong(p -> limits.count(members[p])));
            sortedCells[k] = Arrays.stream(order).mapToInt(p -> members[p]).toArray();
            sortedCoefficients[k] = Arrays.stream(order).mapToInt(p -> coefficients[p]).toArray();
            widest = Math.max(widest, members.length);
        }
        cells = new int[levels][widest];
        units = new int[levels][widest];
        costs = new long[levels][widest];
    }

    /**
     * Lists at {@code level} the unassigned cells of sum {@code k} that can move it by
     * {@code direction} (the sign that cancels its imbalance), cheapest first; returns how many.
     */
    int collect(int k, int level, int[] change, int direction, MoveLimits limits) {
        int n = collect(k, level, change, direction, limits, true, 0);
        return collect(k, level, change, direction, limits, false, n);
    }

    private int collect(int k, int level, int[] change, int direction, MoveLimits limits, boolean hidden, int from) {
        int[] members = sortedCells[k];
        int[] coefficients = sortedCoefficients[k];
        int n = from;
        for (int p = 0; p < members.length; p++) {
            int cell = members[p];
            int unit = direction * coefficients[p];
            if (change[cell] != 0 || limits.isHidden(cell) != hidden || !limits.usable(cell, unit)) {
                continue;
            }
            cells[level][n] = cell;
            units[level][n] = unit;
            costs[level][n++] = hidden ? 0 : limits.count(cell);
        }
        return n;
    }

    /**
     * Counts the cells {@link #collect} would list, without listing them, and leaves the cheapest cost
     * in {@link #cheapest()}; the search calls this for every unbalanced sum and collects only one.
     */
    int count(int k, int[] change, int direction, MoveLimits limits) {
        int[] members = sortedCells[k];
        int[] coefficients = sortedCoefficients[k];
        int n = 0;
        long min = Long.MAX_VALUE;
        for (int p = 0; p < members.length; p++) {
            int cell = members[p];
            if (change[cell] != 0 || !limits.usable(cell, direction * coefficients[p])) {
                continue;
            }
            n++;
            min = Math.min(min, limits.cost(cell));
        }
        cheapest = min;
        return n;
    }

    /** The cheapest cost found by the last {@link #count}. */
    long cheapest() {
        return cheapest;
    }

    int cell(int level, int index) {
        return cells[level][index];
    }

    int unit(int level, int index) {
        return units[level][index];
    }

    long cost(int level, int index) {
        return costs[level][index];
    }
}
