package org.stratum.core.equity.suppression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A two-way table of counts with its margins (e.g. patients by REAL stratum × site), every count
 * shown: inner cells, a total per row, a total per column and the grand total, with the sums that tie
 * them. Cell indices: inner {@code (r, c)} at {@code r·columns + c}, then row totals, column totals and
 * the grand total.
 */
public final class CrossTabulation {
    private final PublishedTable table;
    private final int rows;
    private final int columns;

    private CrossTabulation(PublishedTable table, int rows, int columns) {
        this.table = table;
        this.rows = rows;
        this.columns = columns;
    }

    public static CrossTabulation of(List<String> rowLabels, List<String> columnLabels, long[][] counts) {
        int rows = rowLabels.size();
        int columns = columnLabels.size();
        if (counts.length != rows || Arrays.stream(counts).anyMatch(r -> r.length != columns)) {
            throw new IllegalArgumentException("counts must be " + rows + " × " + columns);
        }
        PublishedTable.Builder builder = PublishedTable.builder();
        long[] columnSums = new long[columns];
        long grand = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                builder.shown(rowLabels.get(r) + " / " + columnLabels.get(c), counts[r][c]);
                columnSums[c] += counts[r][c];
            }
        }
        for (int r = 0; r < rows; r++) {
            long sum = Arrays.stream(counts[r]).sum();
            grand += sum;
            List<Integer> parts = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                parts.add(r * columns + c);
            }
            builder.sum(builder.shown(rowLabels.get(r) + " / Total", sum), parts);
        }
        for (int c = 0; c < columns; c++) {
            List<Integer> parts = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                parts.add(r * columns + c);
            }
            builder.sum(builder.shown("Total / " + columnLabels.get(c), columnSums[c]), parts);
        }
        int grandTotal = builder.shown("Total / Total", grand);
        List<Integer> rowTotals = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            rowTotals.add(rows * columns + r);
        }
        builder.sum(grandTotal, rowTotals);
        return new CrossTabulation(builder.build(), rows, columns);
    }

    public PublishedTable table() {
        return table;
    }

    public int cell(int row, int column) {
        return row * columns + column;
    }

    public int rowTotal(int row) {
        return rows * columns + row;
    }

    public int columnTotal(int column) {
        return rows * columns + rows + column;
    }

    public int grandTotal() {
        return rows * columns + rows + columns;
    }
}
