package org.stratum.core.equity.compare;

import java.util.Locale;
import java.util.Optional;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.rate.Proportion;

/** Applies AHRQ's two-part rule to a contrast and words the result. */
final class Verdict {

    private final ConfidenceLevel level;
    private final double relativeThreshold;

    Verdict(ConfidenceLevel level, double relativeThreshold) {
        this.level = level;
        this.relativeThreshold = relativeThreshold;
    }

    /** {@code |a − aRef| / aRef}, with 0 when both are 0 and +∞ when only the reference is 0. */
    static double relative(double adverse, double referenceAdverse) {
        if (referenceAdverse == 0) {
            return adverse == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs(adverse - referenceAdverse) / referenceAdverse;
    }

    Comparison decide(GroupCount group, String label, double referenceValue, Contrast contrast, double adverse,
            double referenceAdverse) {
        String p = formatP(contrast.pValue());
        Meaningfulness meaningfulness;
        if (contrast.pValue() > level.alpha()) {
            meaningfulness = meaning(MeaningfulDifferenceRule.NOT_SIGNIFICANT, group.group(), p,
                    String.format(Locale.ROOT, "%s", Math.round(level.alpha() * 1e6) / 1e6));
        } else if (contrast.relativeDifference() < relativeThreshold) {
            meaningfulness = meaning(MeaningfulDifferenceRule.BELOW_RELATIVE_THRESHOLD, group.group(), p,
                    percent(contrast.relativeDifference()), percent(relativeThreshold));
        } else {
            MeaningfulDifferenceRule rule = adverse > referenceAdverse ? MeaningfulDifferenceRule.MEANINGFULLY_WORSE
                    : MeaningfulDifferenceRule.MEANINGFULLY_BETTER;
            meaningfulness = meaning(rule, group.group(), p, percent(contrast.relativeDifference()),
                    percent(relativeThreshold));
        }
        return new Comparison(group, label, Optional.of(referenceValue), Optional.of(contrast), meaningfulness);
    }

    Comparison isReference(GroupCount group, String label, Proportion reference) {
        return new Comparison(group, label, value(reference), Optional.empty(),
                meaning(MeaningfulDifferenceRule.IS_REFERENCE, group.group()));
    }

    Comparison noPatients(GroupCount group, String label, Proportion reference) {
        return new Comparison(group, label, value(reference), Optional.empty(),
                meaning(MeaningfulDifferenceRule.NO_PATIENTS, group.group()));
    }

    Comparison noPatients(GroupCount group, String label, double referenceValue) {
        return new Comparison(group, label, Optional.of(referenceValue), Optional.empty(),
                meaning(MeaningfulDifferenceRule.NO_PATIENTS, group.group()));
    }

    Comparison noReference(GroupCount group, String label) {
        return new Comparison(group, label, Optional.empty(), Optional.empty(),
                meaning(MeaningfulDifferenceRule.NO_REFERENCE, group.group()));
    }

    private static Optional<Double> value(Proportion proportion) {
        return proportion.hasEstimate() ? Optional.of(proportion.value()) : Optional.empty();
    }

    private static Meaningfulness meaning(MeaningfulDifferenceRule rule, Object... arguments) {
        return new Meaningfulness(rule, rule.explain(arguments));
    }

    private static String formatP(double p) {
        return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
    }

    private static String percent(double fraction) {
        return Double.isInfinite(fraction) ? "infinitely" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }
}
