package org.stratum.engine.real.bisg;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.stratum.core.equity.suppression.ComplementarySuppression;
import org.stratum.core.equity.suppression.PublishedTable;
import org.stratum.core.equity.suppression.SuppressedTable;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.core.real.bisg.BisgGroup;

/**
 * A BISG estimate as it may be shown, through the core's complementary suppression twice:
 * <ul>
 *   <li>the whole patients: per group the self-reported eligible and met (not met derivable), beside
 *   the imputed and not-imputable counts, all adding up to the eligible and met the measure page shows;
 *   <li>the weighted counts, which are sums of probabilities, in hundredths of a patient, with a
 *   threshold of 10.5 patients: a weighted count that rounds to 1–10 (or is above 0 but rounds to 0)
 *   is small, and the weighted total, which the shown counts give away, is protected like a shown one.
 * </ul>
 * A group hidden in either is hidden in both, counts and rates: hiding more never makes a table less safe.
 */
public final class PublishedBisgEstimate {
    private static final int HUNDREDTHS = 100;

    /** One group; every value is empty when the group is hidden. Unstable: under the policy's 30 patients. */
    public record Row(BisgGroup group, OptionalLong selfReportedEligible, OptionalLong selfReportedMet,
                      OptionalDouble selfReportedRate, boolean selfReportedUnstable, OptionalDouble weightedEligible,
                      OptionalDouble weightedMet, OptionalDouble weightedRate, boolean weightedUnstable) {
        public boolean hidden() {
            return selfReportedEligible.isEmpty();
        }
    }

    /** One measure group's estimate as shown: its counts of patients, then the six groups. */
    public record Estimate(String groupId, OptionalLong eligible, OptionalLong imputed, OptionalLong notImputable,
                           List<Row> rows) {
    }

    private PublishedBisgEstimate() {
    }

    public static Estimate of(BisgEstimate.Estimate estimate, SuppressionPolicy policy) {
        List<BisgEstimate.GroupCounts> groups = estimate.groups();
        PublishedTable.Builder whole = PublishedTable.builder();
        int[] eligible = new int[groups.size()];
        int[] met = new int[groups.size()];
        List<Integer> eligibleParts = new ArrayList<>();
        List<Integer> metParts = new ArrayList<>();
        long selfReportedMet = 0;
        for (int g = 0; g < groups.size(); g++) {
            BisgEstimate.GroupCounts counts = groups.get(g);
            String label = "self-reported / " + counts.group().key();
            eligible[g] = whole.shown(label + " / eligible", counts.selfReportedEligible());
            met[g] = whole.shown(label + " / met", counts.selfReportedMet());
            notMet(whole, label, eligible[g], met[g]);
            eligibleParts.add(eligible[g]);
            metParts.add(met[g]);
            selfReportedMet += counts.selfReportedMet();
        }
        int imputed = whole.shown("imputed / eligible", estimate.imputed());
        int imputedMet = whole.derived("imputed / met", estimate.imputedMet());
        notMet(whole, "imputed", imputed, imputedMet);
        int notImputable = whole.shown("not imputable / eligible", estimate.notImputable());
        int notImputableMet = whole.derived("not imputable / met",
                estimate.met() - selfReportedMet - estimate.imputedMet());
        notMet(whole, "not imputable", notImputable, notImputableMet);
        eligibleParts.addAll(List.of(imputed, notImputable));
        metParts.addAll(List.of(imputedMet, notImputableMet));
        int total = whole.shown("total / eligible", estimate.eligible());
        int totalMet = whole.shown("total / met", estimate.met());
        notMet(whole, "total", total, totalMet);
        whole.sum(total, eligibleParts);
        whole.sum(totalMet, metParts);
        SuppressedTable wholeShown = new ComplementarySuppression(policy).apply(whole.build());

        int[] weightedEligible = new int[groups.size()];
        int[] weightedMet = new int[groups.size()];
        SuppressedTable weightedShown = new ComplementarySuppression(inHundredths(policy))
                .apply(weighted(groups, weightedEligible, weightedMet));
        List<Row> rows = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            BisgEstimate.GroupCounts counts = groups.get(g);
            boolean shown = wholeShown.isShown(eligible[g]) && wholeShown.isShown(met[g])
                    && weightedShown.isShown(weightedEligible[g]) && weightedShown.isShown(weightedMet[g]);
            rows.add(shown ? shownRow(counts, policy) : new Row(counts.group(), OptionalLong.empty(), OptionalLong.empty(),
                    OptionalDouble.empty(), false, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                    false));
        }
        return new Estimate(estimate.groupId(), wholeShown.shown(total), wholeShown.shown(imputed),
                wholeShown.shown(notImputable), rows);
    }

    /** The weighted counts in hundredths; {@code eligibleCells} and {@code metCells} receive each group's cells. */
    private static PublishedTable weighted(List<BisgEstimate.GroupCounts> groups, int[] eligibleCells, int[] metCells) {
        PublishedTable.Builder table = PublishedTable.builder();
        List<Integer> eligibleParts = new ArrayList<>();
        List<Integer> metParts = new ArrayList<>();
        long eligibleTotal = 0;
        long metTotal = 0;
        for (int g = 0; g < groups.size(); g++) {
            BisgEstimate.GroupCounts counts = groups.get(g);
            long eligible = Math.round(counts.weightedEligible() * HUNDREDTHS);
            long met = Math.round(counts.weightedMet() * HUNDREDTHS);
            String label = "weighted / " + counts.group().key();
            eligibleCells[g] = table.shown(label + " / eligible", eligible);
            metCells[g] = table.shown(label + " / met", met);
            notMet(table, label, eligibleCells[g], metCells[g]);
            eligibleParts.add(eligibleCells[g]);
            metParts.add(metCells[g]);
            eligibleTotal += eligible;
            metTotal += met;
        }
        int total = table.shown("weighted / total / eligible", eligibleTotal);
        int totalMet = table.shown("weighted / total / met", metTotal);
        notMet(table, "weighted / total", total, totalMet);
        table.sum(total, eligibleParts);
        table.sum(totalMet, metParts);
        return table.build();
    }

    private static void notMet(PublishedTable.Builder table, String label, int eligible, int met) {
        int notMet = table.derived(label + " / not met", table.count(eligible) - table.count(met));
        table.sum(eligible, List.of(met, notMet));
    }

    /** The same rule for counts kept in hundredths of a patient: small below threshold − ½ patients. */
    private static SuppressionPolicy inHundredths(SuppressionPolicy policy) {
        return new SuppressionPolicy(policy.threshold() * HUNDREDTHS - HUNDREDTHS / 2,
                policy.stableDenominator() * HUNDREDTHS);
    }

    private static Row shownRow(BisgEstimate.GroupCounts counts, SuppressionPolicy policy) {
        long eligible = counts.selfReportedEligible();
        double weighted = counts.weightedEligible();
        return new Row(counts.group(), OptionalLong.of(eligible), OptionalLong.of(counts.selfReportedMet()),
                eligible == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) counts.selfReportedMet() / eligible),
                eligible > 0 && policy.isUnstable(eligible), OptionalDouble.of(weighted),
                OptionalDouble.of(counts.weightedMet()),
                weighted <= 0 ? OptionalDouble.empty() : OptionalDouble.of(counts.weightedMet() / weighted),
                weighted > 0 && weighted < policy.stableDenominator());
    }
}
