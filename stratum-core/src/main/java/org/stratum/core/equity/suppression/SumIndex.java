package org.stratum.core.equity.suppression;

import java.util.List;

/**
 * A table's sums as arrays, both ways round (the cells of each sum, the sums of each cell), with each
 * sum written as {@code Σ coefficient·count = 0}: +1 for the total, −1 for each part. The protecting
 * search walks these on every step, so they are plain arrays.
 */
final class SumIndex {
    private final int[][] sumCells;
    private final int[][] sumCoefficients;
    private final int[][] cellSums;
    private final int[][] cellCoefficients;

    SumIndex(int cellCount, List<AdditiveConstraint> sums) {
        sumCells = new int[sums.size()][];
        sumCoefficients = new int[sums.size()][];
        int[] degree = new int[cellCount];
        for (int k = 0; k < sums.size(); k++) {
            AdditiveConstraint sum = sums.get(k);
            int size = sum.parts().size() + 1;
            sumCells[k] = new int[size];
            sumCoefficients[k] = new int[size];
            sumCells[k][0] = sum.total();
            sumCoefficients[k][0] = 1;
            for (int p = 1; p < size; p++) {
                sumCells[k][p] = sum.parts().get(p - 1);
                sumCoefficients[k][p] = -1;
            }
            for (int cell : sumCells[k]) {
                degree[cell]++;
            }
        }
        cellSums = new int[cellCount][];
        cellCoefficients = new int[cellCount][];
        for (int i = 0; i < cellCount; i++) {
            cellSums[i] = new int[degree[i]];
            cellCoefficients[i] = new int[degree[i]];
            degree[i] = 0;
        }
        for (int k = 0; k < sums.size(); k++) {
            for (int p = 0; p < sumCells[k].length; p++) {
                int cell = sumCells[k][p];
                cellSums[cell][degree[cell]] = k;
                cellCoefficients[cell][degree[cell]++] = sumCoefficients[k][p];
            }
        }
    }

    int sumCount() {
        return sumCells.length;
    }

    /** The cells of sum {@code k}, the total first. */
    int[] cellsOf(int k) {
        return sumCells[k];
    }

    int[] coefficientsOfSum(int k) {
        return sumCoefficients[k];
    }

    /** The sums a cell takes part in. */
    int[] sumsOf(int cell) {
        return cellSums[cell];
    }

    /** The cell's coefficient in each of {@link #sumsOf(int)}. */
    int[] coefficientsOfCell(int cell) {
        return cellCoefficients[cell];
    }
}
