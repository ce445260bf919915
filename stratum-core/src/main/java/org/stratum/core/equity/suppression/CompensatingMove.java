package org.stratum.core.equity.suppression;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The usual protection: add {@code step} times a small whole number to some hidden cells so that
 * every sum still holds and the protected cell reaches the threshold. In a two-way table this is the
 * familiar rectangle of four suppressed cells (+1, −1 in one row, −1, +1 in another); derivable
 * counts that absorb a change (not met = denominator − met) may move by more than one unit.
 *
 * @param cells the cells changed, all hidden
 * @param units each cell's change in units of {@code step}, never zero
 */
public record CompensatingMove(int protectedCell, int[] cells, int[] units, long step) implements Protection {

    public CompensatingMove {
        cells = cells.clone();
        units = units.clone();
        if (cells.length != units.length) {
            throw new IllegalArgumentException("one unit per cell");
        }
    }

    @Override
    public int[] cells() {
        return cells.clone();
    }

    @Override
    public int[] units() {
        return units.clone();
    }

    /** The cells the move raises. */
    public int[] raised() {
        return IntStream.range(0, cells.length).filter(i -> units[i] > 0).map(i -> cells[i]).toArray();
    }

    /** The cells the move lowers. */
    public int[] lowered() {
        return IntStream.range(0, cells.length).filter(i -> units[i] < 0).map(i -> cells[i]).toArray();
    }

    @Override
    public int[] changedCells() {
        return cells.clone();
    }

    @Override
    public long[] alternative(long[] counts) {
        long[] other = counts.clone();
        for (int i = 0; i < cells.length; i++) {
            other[cells[i]] += step * units[i];
        }
        return other;
    }

    @Override
    public String toString() {
        return "CompensatingMove[cell " + protectedCell + " by " + step + ": cells " + Arrays.toString(cells)
                + " units " + Arrays.toString(units) + "]";
    }
}
