package org.stratum.core.equity.suppression;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a measure stratified by REAL (or any non-overlapping strata) as a {@link PublishedTable}:
 * per stratum and in total, numerator and denominator shown, the patients not meeting it derivable.
 * A rate shows numerator and denominator together, so the "not met" count is as public as they are;
 * CMS forbids showing any count of 1–10 or anything that reveals one, so it is protected like them.
 *
 * <p>Sums: each row's denominator = met + not met; the total row's numerator and denominator are the
 * sums of the strata's (the not-met column sum follows from these and is not repeated).
 */
public final class StratifiedMeasureTable {
    private StratifiedMeasureTable() {
    }

    /** Adds a measure with its own denominators. {@code met} and {@code denominators} are per stratum. */
    public static MeasureCells add(PublishedTable.Builder table, String measure, List<String> strata, long[] met,
                                   long[] denominators) {
        requireRows(strata, met, denominators);
        int rows = strata.size() + 1;
        int[] denominator = new int[rows];
        long total = 0;
        for (int s = 0; s < strata.size(); s++) {
            denominator[s] = table.shown(measure + " / " + strata.get(s) + " / denominator", denominators[s]);
            total += denominators[s];
        }
        denominator[strata.size()] = table.shown(measure + " / Total / denominator", total);
        table.sum(denominator[strata.size()], parts(denominator));
        return addNumerators(table, measure, strata, met, denominator);
    }

    /** Adds a second measure over the same patients per stratum: its denominators are the same cells. */
    public static MeasureCells addSharingDenominators(PublishedTable.Builder table, String measure, MeasureCells shared,
                                                      long[] met) {
        int[] denominator = new int[shared.rows()];
        for (int row = 0; row < shared.rows(); row++) {
            denominator[row] = shared.denominator(row);
        }
        requireRows(shared.strata(), met, met);
        return addNumerators(table, measure, shared.strata(), met, denominator);
    }

    /**
     * Declares that {@code subgroup} (e.g. one site) is part of {@code whole} (e.g. the network) and both
     * are shown: the rest of the whole (whole − subgroup, per stratum) is derivable, so it is added as
     * derivable cells tied to both, and a small rest is protected like any small count.
     */
    public static MeasureCells linkSubgroup(PublishedTable.Builder table, MeasureCells subgroup, MeasureCells whole,
                                            String rest) {
        if (!subgroup.strata().equals(whole.strata())) {
            throw new InconsistentTable("subgroup strata " + subgroup.strata() + " differ from " + whole.strata());
        }
        int rows = whole.rows();
        int[] met = new int[rows];
        int[] notMet = new int[rows];
        int[] denominator = new int[rows];
        for (int row = 0; row < rows; row++) {
            String label = rest + " / " + whole.rowLabel(row);
            met[row] = table.derived(label + " / met",
                    table.count(whole.met(row)) - table.count(subgroup.met(row)));
            denominator[row] = table.derived(label + " / denominator",
                    table.count(whole.denominator(row)) - table.count(subgroup.denominator(row)));
            notMet[row] = table.derived(label + " / not met",
                    table.count(denominator[row]) - table.count(met[row]));
            table.sum(denominator[row], List.of(met[row], notMet[row]));
            table.sum(whole.met(row), List.of(subgroup.met(row), met[row]));
            table.sum(whole.denominator(row), List.of(subgroup.denominator(row), denominator[row]));
        }
        return new MeasureCells(whole.measure() + " / " + rest, whole.strata(), met, notMet, denominator);
    }

    private static MeasureCells addNumerators(PublishedTable.Builder table, String measure, List<String> strata,
                                              long[] metCounts, int[] denominator) {
        int rows = strata.size() + 1;
        int[] met = new int[rows];
        int[] notMet = new int[rows];
        long total = 0;
        for (int row = 0; row < rows; row++) {
            String label = measure + " / " + (row == strata.size() ? "Total" : strata.get(row));
            long count = row == strata.size() ? total : metCounts[row];
            total += row == strata.size() ? 0 : count;
            met[row] = table.shown(label + " / met", count);
            notMet[row] = table.derived(label + " / not met", table.count(denominator[row]) - count);
            table.sum(denominator[row], List.of(met[row], notMet[row]));
        }
        table.sum(met[strata.size()], parts(met));
        return new MeasureCells(measure, strata, met, notMet, denominator);
    }

    private static List<Integer> parts(int[] rowsWithTotal) {
        List<Integer> parts = new ArrayList<>(rowsWithTotal.length - 1);
        for (int s = 0; s < rowsWithTotal.length - 1; s++) {
            parts.add(rowsWithTotal[s]);
        }
        return parts;
    }

    private static void requireRows(List<String> strata, long[] met, long[] denominators) {
        if (met.length != strata.size() || denominators.length != strata.size()) {
            throw new IllegalArgumentException("need one count per stratum: " + strata.size() + " strata, "
                    + met.length + " numerators, " + denominators.length + " denominators");
        }
    }
}
