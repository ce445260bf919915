package org.stratum.core.equity.suppression;

import java.util.BitSet;

/**
 * Looks for the cheapest {@link CompensatingMove} that lifts one small cell to the threshold.
 *
 * <p>Sums that a derivable count can always rebalance are set aside first ({@link SlackElimination}).
 * On the rest the search is depth-first, one unit at a time: raising the small cell unbalances its
 * sums; each step picks the unbalanced sum with the fewest usable cells (most constrained first) and
 * rebalances it with one of them, cheapest first, within the {@link MoveLimits}, until every sum
 * balances; then the slacks take up the difference, and the move stands if none falls below zero.
 * Cost is the count of every cell the move would newly hide, so the smallest non-zero cells are
 * preferred (the usual information-loss cost of τ-ARGUS); cells already hidden are free. Branch and
 * bound prunes on cost.
 *
 * <p>Work is bounded in two stages: a narrow search (at most 6 searched cells, 150 nodes) finds the
 * move for most cells in microseconds; only if it finds none does a wide one (12 cells, 50,000 nodes)
 * run. The cheapest move found within the limits is taken, so the result is good, not proven
 * cheapest; limits were tuned on the 30-strata benchmark table ({@code SuppressionTiming}).
 */
final class CompensatingMoveSearch {
    /** A rectangle is 4 searched cells; linked tables need mirrored ones (slacks not counted). */
    static final int MAX_CELLS = 12;
    static final int NARROW_CELLS = 6;
    static final int NODE_BUDGET = 150;
    static final int WIDE_BUDGET = 50_000;

    private final PublishedTable table;
    private final SumIndex sums;
    private final MoveLimits limits;
    private final SlackElimination slacks;
    private final CandidateLists candidates;
    private final int[] change;
    private final UnbalancedSums unbalanced;
    private final int[] stack = new int[MAX_CELLS + 1];
    private int[] bestCells;
    private int[] bestUnits;
    private int depth;
    private long bestCost;
    private int nodes;
    private int maxCells;

    CompensatingMoveSearch(PublishedTable table) {
        this.table = table;
        this.sums = table.index();
        this.limits = new MoveLimits(table);
        this.slacks = new SlackElimination(table);
        this.candidates = new CandidateLists(sums, limits, MAX_CELLS + 1);
        this.change = new int[table.size()];
        this.unbalanced = new UnbalancedSums(sums.sumCount());
    }

    /** The cheapest move found lifting {@code cell} by {@code step}, or null if none was found. */
    CompensatingMove find(int cell, long step, BitSet hidden, int budget, int maxCells) {
        this.maxCells = maxCells;
        limits.reset(hidden, step);
        bestCost = Long.MAX_VALUE;
        bestCells = null;
        nodes = budget;
        depth = 0;
        slacks.eliminate(cell, step);
        assign(cell, 1);
        search(0);
        unassign(cell);
        return bestCells == null ? null : new CompensatingMove(cell, bestCells, bestUnits, step);
    }

    /** The cheapest move found within the usual budget, else within the wide one; null if none. */
    CompensatingMove find(int cell, long step, BitSet hidden) {
        CompensatingMove move = find(cell, step, hidden, NODE_BUDGET, NARROW_CELLS);
        return move != null ? move : find(cell, step, hidden, WIDE_BUDGET, MAX_CELLS);
    }

    private void search(long cost) {
        if (--nodes < 0) {
            return;
        }
        if (unbalanced.size() == 0) {
            settle(cost);
            return;
        }
        if (depth == maxCells) {
            return;
        }
        int chosen = -1;
        int fewest = Integer.MAX_VALUE;
        long bound = 0;
        for (int i = 0; i < unbalanced.size(); i++) {
            int k = unbalanced.get(i);
            int usable = candidates.count(k, change, direction(k), limits);
            if (usable == 0) {
                return;
            }
            bound = Math.max(bound, candidates.cheapest());
            if (usable < fewest) {
                fewest = usable;
                chosen = k;
            }
        }
        if (cost + bound >= bestCost) {
            return;
        }
        int level = depth;
        int usable = candidates.collect(chosen, level, change, direction(chosen), limits);
        for (int c = 0; c < usable && nodes > 0; c++) {
            long next = cost + candidates.cost(level, c);
            if (next >= bestCost) {
                break;
            }
            int cell = candidates.cell(level, c);
            assign(cell, candidates.unit(level, c));
            search(next);
            unassign(cell);
        }
    }

    /** The sign of the unit that cancels sum {@code k}'s imbalance. */
    private int direction(int k) {
        return unbalanced.imbalance(k) > 0 ? -1 : 1;
    }

    /** Every searched sum balances: let the slacks absorb the rest, and keep the move if they can. */
    private void settle(long cost) {
        if (cost < bestCost && slacks.settle(limits, change)) {
            int moved = depth;
            for (int i = 0; i < slacks.slackCount(); i++) {
                moved += change[slacks.slack(i)] != 0 ? 1 : 0;
            }
            bestCells = new int[moved];
            bestUnits = new int[moved];
            int at = 0;
            for (int i = 0; i < depth; i++, at++) {
                bestCells[at] = stack[i];
                bestUnits[at] = change[stack[i]];
            }
            for (int i = 0; i < slacks.slackCount(); i++) {
                int slack = slacks.slack(i);
                if (change[slack] != 0) {
                    bestCells[at] = slack;
                    bestUnits[at++] = change[slack];
                }
            }
            bestCost = cost;
        }
        slacks.clear(change);
    }

    private void assign(int cell, int unit) {
        change[cell] = unit;
        stack[depth++] = cell;
        shift(cell, unit);
    }

    private void unassign(int cell) {
        shift(cell, -change[cell]);
        change[cell] = 0;
        depth--;
    }

    private void shift(int cell, int unit) {
        int[] of = sums.sumsOf(cell);
        int[] coefficients = sums.coefficientsOfCell(cell);
        for (int i = 0; i < of.length; i++) {
            if (slacks.isActive(of[i])) {
                unbalanced.add(of[i], coefficients[i] * unit);
            }
        }
    }
}
