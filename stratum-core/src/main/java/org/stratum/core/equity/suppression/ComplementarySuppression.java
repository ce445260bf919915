package org.stratum.core.equity.suppression;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Hides further counts so that no small count (shown-type or derivable) can be worked out, or even
 * narrowed to "between 1 and threshold − 1", from the shown counts and the table's sums (CMS: no cell
 * may be reported "that allows a value of 1 to 10 to be derived from other reported cells").
 *
 * <p>For each small cell, smallest first (they need the largest lift), it finds the cheapest
 * {@link CompensatingMove} over the hidden cells plus the fewest and smallest extra ones, and hides
 * those. The move is kept as the cell's {@link Protection}: proof that a table consistent with
 * everything shown has this cell at the threshold or above. When no move is found within the search's
 * limits, the cell's whole connected part is hidden ({@link ComponentScaling}). Moves are chosen one
 * cell at a time, so the set of hidden cells is safe but not always the smallest possible (the
 * optimal choice is an integer programme; Fischetti and Salazar-González 2001).
 */
public final class ComplementarySuppression {
    private final SuppressionPolicy policy;
    private final PrimarySuppression primary;

    public ComplementarySuppression(SuppressionPolicy policy) {
        this.policy = policy;
        this.primary = new PrimarySuppression(policy);
    }

    public SuppressedTable apply(PublishedTable table) {
        BitSet small = primary.smallCells(table);
        BitSet hidden = primary.hiddenCells(table);
        BitSet smallShown = (BitSet) small.clone();
        smallShown.andNot(notDisplayed(table));
        CompensatingMoveSearch search = new CompensatingMoveSearch(table);
        Map<Integer, Protection> protections = new LinkedHashMap<>();
        int[] order = small.stream().boxed()
                .sorted(Comparator.comparingLong((Integer i) -> table.cell(i).count()).thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int cell : order) {
            long step = policy.threshold() - table.cell(cell).count();
            Protection protection = search.find(cell, step, hidden);
            if (protection == null) {
                protection = scaleComponent(table, cell);
            }
            for (int changed : protection.changedCells()) {
                hidden.set(changed);
            }
            protections.put(cell, protection);
        }
        CellStatus[] statuses = new CellStatus[table.size()];
        for (int i = 0; i < table.size(); i++) {
            statuses[i] = !table.cell(i).displayed() ? CellStatus.NOT_DISPLAYED
                    : smallShown.get(i) ? CellStatus.SMALL
                    : hidden.get(i) ? CellStatus.COMPLEMENTARY
                    : CellStatus.SHOWN;
        }
        return new SuppressedTable(table, policy, statuses, protections);
    }

    private static BitSet notDisplayed(PublishedTable table) {
        BitSet derived = new BitSet(table.size());
        IntStream.range(0, table.size()).filter(i -> !table.cell(i).displayed()).forEach(derived::set);
        return derived;
    }

    /** Every non-zero cell reachable from {@code cell} through shared sums, scaled past the threshold. */
    private ComponentScaling scaleComponent(PublishedTable table, int cell) {
        SumIndex sums = table.index();
        BitSet seen = new BitSet(table.size());
        Deque<Integer> queue = new ArrayDeque<>();
        seen.set(cell);
        queue.add(cell);
        while (!queue.isEmpty()) {
            int next = queue.poll();
            for (int k : sums.sumsOf(next)) {
                for (int other : sums.cellsOf(k)) {
                    if (!seen.get(other)) {
                        seen.set(other);
                        queue.add(other);
                    }
                }
            }
        }
        int[] cells = seen.stream().filter(i -> table.cell(i).count() > 0).toArray();
        long factor = policy.threshold() / table.cell(cell).count() + 1;
        return new ComponentScaling(cell, cells, factor);
    }
}
