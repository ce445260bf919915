package org.stratum.engine.real;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.stratum.core.equity.rate.ConfidenceInterval;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.rate.Proportion;
import org.stratum.core.equity.suppression.ComplementarySuppression;
import org.stratum.core.equity.suppression.PublishedTable;
import org.stratum.core.equity.suppression.SuppressedTable;
import org.stratum.core.equity.suppression.SuppressionPolicy;

/**
 * A completeness report as it may be shown: every count run through the core's small-number rules
 * ({@link ComplementarySuppression}: no count of 1 to 10 shown or derivable from the others and the
 * sums that tie them), each shown share with its Wilson interval, and the groups whose self-reported
 * race and ethnicity share is below the target flagged.
 *
 * <p>The table handed to suppression has, per group: its patients; the five race and ethnicity
 * statuses, which add up to them; self-reported language and Other Race, each with its complement
 * (derivable from the group's patients). When the groups split everyone once (not for months), an
 * "All patients" row is added and each of its counts is the sum of the groups'.
 */
public final class PublishedCompleteness {
    public static final String ALL = "All patients";

    /** A share that may be shown: count, share and interval, or nothing when the count is hidden. */
    public record Share(OptionalLong count, Optional<Proportion> proportion, Optional<ConfidenceInterval> interval) {
    }

    /** Whether a group is below target: yes, no, or not said because it would narrow a hidden count. */
    public enum Flag { BELOW_TARGET, AT_OR_ABOVE_TARGET, NOT_SHOWN }

    public record Row(String label, OptionalLong patients, Map<CompletenessIndicator, Share> shares, Flag flag,
                      boolean all) {
        public Share share(CompletenessIndicator indicator) {
            return shares.get(indicator);
        }
    }

    private final List<Row> rows;
    private final double target;

    private PublishedCompleteness(List<Row> rows, double target) {
        this.rows = List.copyOf(rows);
        this.target = target;
    }

    public List<Row> rows() {
        return rows;
    }

    public double target() {
        return target;
    }

    /**
     * @param target the self-reported share a group should reach, between 0 and 1
     */
    public static PublishedCompleteness of(List<CompletenessGroup> groups, CompletenessGrouping grouping, double target,
                                           SuppressionPolicy policy, ConfidenceLevel level) {
        if (!(target >= 0 && target <= 1)) {
            throw new IllegalArgumentException("the target must be a share between 0 and 1, not " + target);
        }
        List<CompletenessGroup> all = new ArrayList<>(groups);
        boolean withTotal = grouping.partition() && !groups.isEmpty();
        if (withTotal) {
            Map<CompletenessIndicator, Long> sums = new EnumMap<>(CompletenessIndicator.class);
            groups.forEach(g -> g.counts().forEach((k, v) -> sums.merge(k, v, Long::sum)));
            all.add(new CompletenessGroup(ALL, groups.stream().mapToLong(CompletenessGroup::patients).sum(), sums));
        }
        PublishedTable.Builder table = PublishedTable.builder();
        int[] totals = new int[all.size()];
        List<Map<CompletenessIndicator, Integer>> cells = new ArrayList<>();
        for (int r = 0; r < all.size(); r++) {
            CompletenessGroup group = all.get(r);
            totals[r] = table.shown(group.label() + " / patients", group.patients());
            Map<CompletenessIndicator, Integer> own = new EnumMap<>(CompletenessIndicator.class);
            List<Integer> statuses = new ArrayList<>();
            for (CompletenessIndicator indicator : CompletenessIndicator.values()) {
                int cell = table.shown(group.label() + " / " + indicator.label(), group.count(indicator));
                own.put(indicator, cell);
                if (CompletenessIndicator.RACE_ETHNICITY_STATUSES.contains(indicator)) {
                    statuses.add(cell);
                } else {
                    int rest = table.derived(group.label() + " / not " + indicator.label(),
                            group.patients() - group.count(indicator));
                    table.sum(totals[r], List.of(cell, rest));
                }
            }
            table.sum(totals[r], statuses);
            cells.add(own);
        }
        if (withTotal) {
            int last = all.size() - 1;
            List<Integer> parts = new ArrayList<>();
            for (int r = 0; r < last; r++) {
                parts.add(totals[r]);
            }
            table.sum(totals[last], parts);
            for (CompletenessIndicator indicator : CompletenessIndicator.values()) {
                List<Integer> column = new ArrayList<>();
                for (int r = 0; r < last; r++) {
                    column.add(cells.get(r).get(indicator));
                }
                table.sum(cells.get(last).get(indicator), column);
            }
        }
        SuppressedTable suppressed = new ComplementarySuppression(policy).apply(table.build());
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < all.size(); r++) {
            CompletenessGroup group = all.get(r);
            OptionalLong patients = suppressed.shown(totals[r]);
            Map<CompletenessIndicator, Share> shares = new EnumMap<>(CompletenessIndicator.class);
            for (CompletenessIndicator indicator : CompletenessIndicator.values()) {
                OptionalLong count = suppressed.shown(cells.get(r).get(indicator));
                if (count.isPresent() && patients.isPresent() && group.patients() > 0) {
                    Proportion proportion = new Proportion(count.getAsLong(), group.patients());
                    shares.put(indicator, new Share(count, Optional.of(proportion), Optional.of(proportion.wilson(level))));
                } else {
                    shares.put(indicator, new Share(count, Optional.empty(), Optional.empty()));
                }
            }
            rows.add(new Row(group.label(), patients, shares, flag(group, shares, patients, target, policy),
                    withTotal && r == all.size() - 1));
        }
        return new PublishedCompleteness(rows, target);
    }

    /**
     * Below target when the self-reported share is. When that count is hidden, the flag is given only
     * if "below target" still leaves room for a count of at least the threshold, so that it cannot
     * tell a reader the hidden count is between 1 and 10.
     */
    private static Flag flag(CompletenessGroup group, Map<CompletenessIndicator, Share> shares, OptionalLong patients,
                             double target, SuppressionPolicy policy) {
        if (patients.isEmpty() || group.patients() == 0) {
            return Flag.NOT_SHOWN;
        }
        long selfReported = group.count(CompletenessIndicator.SELF_REPORTED);
        boolean below = selfReported < target * group.patients();
        if (shares.get(CompletenessIndicator.SELF_REPORTED).count().isPresent()) {
            return below ? Flag.BELOW_TARGET : Flag.AT_OR_ABOVE_TARGET;
        }
        // Hidden: the reader knows it is not 0 (0 is shown) and, if flagged, below target·patients.
        boolean roomAboveSmall = target * group.patients() > policy.threshold();
        return below && roomAboveSmall ? Flag.BELOW_TARGET : Flag.NOT_SHOWN;
    }
}
