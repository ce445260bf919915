package org.stratum.app.equity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.stratum.core.equity.compare.Comparison;
import org.stratum.core.equity.compare.ComparisonWithReference;
import org.stratum.core.equity.compare.Contrast;
import org.stratum.core.equity.Direction;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.equity.compare.MeaningfulDifferenceRule;
import org.stratum.core.equity.compare.Reference;
import org.stratum.core.equity.rate.ConfidenceInterval;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.suppression.ComplementarySuppression;
import org.stratum.core.equity.suppression.MeasureCells;
import org.stratum.core.equity.suppression.PublishedRate;
import org.stratum.core.equity.suppression.PublishedTable;
import org.stratum.core.equity.suppression.StratifiedMeasureTable;
import org.stratum.core.equity.suppression.SuppressedTable;
import org.stratum.core.equity.suppression.SuppressionPolicy;

/**
 * A measure's strata compared with a reference, as it may be shown to anyone: counts of 1–10 and
 * whatever would reveal one are hidden by the core's complementary suppression (CMS policy), and a
 * rate, interval or comparison is shown only where its counts are. Everything statistical comes from
 * {@code org.stratum.core.equity}.
 *
 * @param referenceLabel what the strata are compared with, e.g. "everyone else" or "Asian"
 * @param referenceValue the reference rate a chart draws as a line; null when there is none to show
 * @param note           why no comparison was made, or null
 */
public record StratumTable(List<StratumRow> rows, String referenceLabel, Double referenceValue, String note) {
    private static final ConfidenceLevel LEVEL = ConfidenceLevel.NINETY_FIVE;
    private static final SuppressionPolicy POLICY = SuppressionPolicy.CMS;
    /** No count is small: an analyst's own working table, never served over HTTP. */
    private static final SuppressionPolicy NONE = new SuppressionPolicy(1, POLICY.stableDenominator());

    public static StratumTable of(List<GroupCount> strata, Direction direction, ReferenceOption option) {
        return of(strata, direction, StratumReference.of(option), true);
    }

    /**
     * @param suppress false only for an analyst working locally ({@code stratum stratify --no-suppress}):
     *                 every count is shown; unstable rates are still marked
     */
    public static StratumTable of(List<GroupCount> strata, Direction direction, StratumReference option,
            boolean suppress) {
        if (strata.isEmpty()) {
            StratumRow nobody = new StratumRow("Total", 0L, 0L, null, null, null, null, null, null, null, null, null,
                    null, null, "", false, false, true);
            return new StratumTable(List.of(nobody), option.reference().describe(), null, null);
        }
        PublishedTable.Builder builder = PublishedTable.builder();
        MeasureCells cells = StratifiedMeasureTable.add(builder, "measure", strata.stream().map(GroupCount::group).toList(),
                strata.stream().mapToLong(GroupCount::numerator).toArray(),
                strata.stream().mapToLong(GroupCount::denominator).toArray());
        SuppressedTable suppressed = new ComplementarySuppression(suppress ? POLICY : NONE).apply(builder.build());
        List<PublishedRate> published = PublishedRate.rows(suppressed, cells);
        PublishedRate total = published.get(cells.totalRow());

        Optional<Reference> reference = reference(strata, published, direction, option);
        List<Comparison> comparisons = reference.map(r -> ComparisonWithReference.of(direction, r).compare(strata))
                .orElse(List.of());
        boolean referenceShown = reference.isPresent() && (option.isGroup() || total.rate().isPresent());
        List<StratumRow> rows = new ArrayList<>();
        for (int row = 0; row < strata.size(); row++) {
            Comparison comparison = comparisons.isEmpty() ? null : comparisons.get(row);
            rows.add(row(published.get(row), strata.get(row), referenceShown ? comparison : null, false));
        }
        long met = strata.stream().mapToLong(GroupCount::numerator).sum();
        long eligible = strata.stream().mapToLong(GroupCount::denominator).sum();
        rows.add(row(total, new GroupCount("Total", met, eligible), null, true));

        String label = reference.map(r -> r.describe()).orElse(option.reference().describe());
        Double value = null;
        if (referenceShown) {
            value = option.isGroup() ? comparisons.get(0).referenceValue().orElse(null) : total.rate().getAsDouble();
        }
        String note = reference.isEmpty() ? noReference(option)
                : referenceShown ? null : "The total is hidden to protect small counts, so no stratum is compared with it.";
        return new StratumTable(rows, label, value, note);
    }

    private static String noReference(StratumReference option) {
        return option.option() == null ? option.group() + " has fewer than " + POLICY.stableDenominator()
                + " patients or counts that may not be shown, so nothing is compared with it."
                : "No stratum has at least " + POLICY.stableDenominator() + " patients with counts that may be shown,"
                        + " so there is no " + option.label().toLowerCase() + " to compare with.";
    }

    /**
     * A best or largest group is picked only among strata shown with a stable rate: a reference of a few
     * patients would be noise, and comparing with a hidden one would reveal it.
     */
    private static Optional<Reference> reference(List<GroupCount> strata, List<PublishedRate> published,
            Direction direction, StratumReference option) {
        if (!option.isGroup()) {
            return Optional.of(option.reference());
        }
        List<GroupCount> candidates = new ArrayList<>();
        for (int row = 0; row < strata.size(); row++) {
            if (published.get(row).rate().isPresent() && !published.get(row).unstable()) {
                candidates.add(strata.get(row));
            }
        }
        if (option.option() == null && candidates.stream().noneMatch(c -> c.group().equals(option.group()))) {
            return Optional.empty();
        }
        return ComparisonWithReference.of(direction, option.reference()).compare(candidates).stream()
                .filter(c -> c.rule() == MeaningfulDifferenceRule.IS_REFERENCE)
                .map(c -> Reference.group(c.group().group())).findFirst();
    }

    private static StratumRow row(PublishedRate shown, GroupCount counts, Comparison comparison, boolean total) {
        boolean hidden = shown.rate().isEmpty();
        ConfidenceInterval interval = hidden ? null : counts.proportion().wilson(LEVEL);
        Contrast contrast = hidden || comparison == null ? null : comparison.contrast().orElse(null);
        String words = total ? "" : hidden ? "hidden" : comparison == null ? "not compared" : describe(comparison.rule());
        return new StratumRow(shown.stratum(), box(shown.denominator()), box(shown.numerator()),
                hidden ? null : shown.rate().getAsDouble(), interval == null ? null : interval.lower(),
                interval == null ? null : interval.upper(),
                contrast == null ? null : contrast.difference().estimate(),
                contrast == null ? null : contrast.difference().interval().lower(),
                contrast == null ? null : contrast.difference().interval().upper(),
                contrast == null ? null : contrast.ratio().map(r -> r.estimate()).orElse(null),
                contrast == null ? null : contrast.ratio().map(r -> r.interval().lower()).orElse(null),
                contrast == null ? null : contrast.ratio().map(r -> r.interval().upper()).orElse(null),
                contrast == null ? null : contrast.pValue(), contrast == null ? null : comparison.meaningful(),
                words, hidden, shown.unstable(), total);
    }

    private static String describe(MeaningfulDifferenceRule rule) {
        return switch (rule) {
            case IS_REFERENCE -> "reference";
            case NO_PATIENTS, NO_REFERENCE -> "not compared";
            case NOT_SIGNIFICANT -> "not significant";
            case BELOW_RELATIVE_THRESHOLD -> "under 10% relative";
            case MEANINGFULLY_WORSE -> "meaningfully worse";
            case MEANINGFULLY_BETTER -> "meaningfully better";
        };
    }

    private static Long box(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
