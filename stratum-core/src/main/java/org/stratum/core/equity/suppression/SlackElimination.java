package org.stratum.core.equity.suppression;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Sums that a derivable count can always rebalance, set aside before the search.
 *
 * <p>A derivable count that takes part in only one sum (patients not meeting a measure, in
 * "denominator = met + not met") can absorb any change to the others in that sum: it is never shown,
 * so changing it costs nothing, as long as it stays at 0 or more. Such a count is a slack; its sum
 * needs no search. Setting it aside can leave another derivable count in a single remaining sum (the
 * rest of a network, once its own row is set aside), so this repeats until nothing changes. A count
 * too small to absorb two steps downwards (a chain of slacks can pass on two units) is not used, and
 * the cell being protected never is. What is left is what the search must balance; the slacks'
 * changes follow afterwards, in reverse order. The result depends only on the step, unless the
 * protected cell would itself be a slack, so it is kept per step.
 */
final class SlackElimination {
    private final PublishedTable table;
    private final SumIndex sums;
    private final int queueSize;
    private final Map<Long, Slacks> byStep = new HashMap<>();
    private Slacks current;

    SlackElimination(PublishedTable table) {
        this.table = table;
        this.sums = table.index();
        int memberships = 0;
        for (int k = 0; k < sums.sumCount(); k++) {
            memberships += sums.cellsOf(k).length;
        }
        // A cell is queued at the start and at most once more per sum it is in.
        this.queueSize = table.size() + memberships;
    }

    /** Sets aside what can be for this step, never using {@code kept} (the protected cell) as a slack. */
    void eliminate(int kept, long step) {
        Slacks cached = byStep.get(step);
        if (cached == null) {
            cached = compute(-1, step);
            byStep.put(step, cached);
        }
        current = cached.isSlack[kept] ? compute(kept, step) : cached;
    }

    boolean isActive(int sum) {
        return current.active[sum];
    }

    /**
     * Fills in the slacks' changes from the others' ({@code change} holds the searched cells' units
     * and zeros for slacks) and reports whether every slack stays within its limits.
     */
    boolean settle(MoveLimits limits, int[] change) {
        for (int i = current.count - 1; i >= 0; i--) {
            int slack = current.cells[i];
            int[] cells = sums.cellsOf(current.sums[i]);
            int[] coefficients = sums.coefficientsOfSum(current.sums[i]);
            int balance = 0;
            int own = 0;
            for (int p = 0; p < cells.length; p++) {
                if (cells[p] == slack) {
                    own = coefficients[p];
                } else {
                    balance += coefficients[p] * change[cells[p]];
                }
            }
            change[slack] = -balance * own;
            if (!limits.withinLimits(slack, change[slack])) {
                return false;
            }
        }
        return true;
    }

    /** Resets the slacks' entries of {@code change} to zero. */
    void clear(int[] change) {
        for (int i = 0; i < current.count; i++) {
            change[current.cells[i]] = 0;
        }
    }

    int slackCount() {
        return current.count;
    }

    int slack(int i) {
        return current.cells[i];
    }

    private Slacks compute(int kept, long step) {
        Slacks result = new Slacks(table.size(), sums.sumCount());
        int[] degree = new int[table.size()];
        int[] queue = new int[queueSize];
        int head = 0;
        int tail = 0;
        for (int cell = 0; cell < table.size(); cell++) {
            degree[cell] = sums.sumsOf(cell).length;
            if (absorbs(cell, kept, step, degree)) {
                queue[tail++] = cell;
            }
        }
        while (head < tail) {
            int cell = queue[head++];
            int sum = degree[cell] == 1 ? activeSumOf(cell, result.active) : -1;
            if (sum < 0) {
                continue;
            }
            result.active[sum] = false;
            result.isSlack[cell] = true;
            result.cells[result.count] = cell;
            result.sums[result.count++] = sum;
            for (int other : sums.cellsOf(sum)) {
                degree[other]--;
                if (other != cell && absorbs(other, kept, step, degree)) {
                    queue[tail++] = other;
                }
            }
        }
        return result;
    }

    private boolean absorbs(int cell, int kept, long step, int[] degree) {
        Cell c = table.cell(cell);
        return cell != kept && !c.displayed() && degree[cell] == 1 && c.count() >= 2 * step;
    }

    private int activeSumOf(int cell, boolean[] active) {
        for (int sum : sums.sumsOf(cell)) {
            if (active[sum]) {
                return sum;
            }
        }
        return -1;
    }

    /** One elimination: which sums remain, and the slacks in the order they were set aside. */
    private static final class Slacks {
        final boolean[] active;
        final boolean[] isSlack;
        final int[] cells;
        final int[] sums;
        int count;

        Slacks(int cellCount, int sumCount) {
            active = new boolean[sumCount];
            Arrays.fill(active, true);
            isSlack = new boolean[cellCount];
            cells = new int[cellCount];
            sums = new int[cellCount];
        }
    }
}
