package org.stratum.core.equity.suppression;

import java.util.List;

/**
 * Where one stratified measure's counts sit in a {@link PublishedTable}: for each stratum and for the
 * total (the last row) the numerator (met), the patients not meeting it (derivable: denominator −
 * numerator) and the denominator. Built by {@link StratifiedMeasureTable}.
 */
public final class MeasureCells {
    private final String measure;
    private final List<String> strata;
    private final int[] met;
    private final int[] notMet;
    private final int[] denominator;

    MeasureCells(String measure, List<String> strata, int[] met, int[] notMet, int[] denominator) {
        this.measure = measure;
        this.strata = List.copyOf(strata);
        this.met = met.clone();
        this.notMet = notMet.clone();
        this.denominator = denominator.clone();
    }

    public String measure() {
        return measure;
    }

    /** The strata in table order, without the total. */
    public List<String> strata() {
        return strata;
    }

    /** The row of the total, after the strata. */
    public int totalRow() {
        return strata.size();
    }

    /** Number of rows including the total. */
    public int rows() {
        return strata.size() + 1;
    }

    public int met(int row) {
        return met[row];
    }

    public int notMet(int row) {
        return notMet[row];
    }

    public int denominator(int row) {
        return denominator[row];
    }

    public String rowLabel(int row) {
        return row == totalRow() ? "Total" : strata.get(row);
    }
}
