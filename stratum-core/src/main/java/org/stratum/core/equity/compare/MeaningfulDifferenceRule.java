package org.stratum.core.equity.compare;

import java.util.Locale;

/**
 * The rule that decided whether a group's difference from the reference is meaningful. AHRQ's
 * National Healthcare Quality and Disparities Report calls a difference meaningful only when it is
 * statistically significant (p ≤ 0.05, two-tailed) <em>and</em> at least 10% in relative terms
 * (NHDR 2010, ch. 1); we apply the relative test to the adverse-outcome framing, so a measure and its
 * complement ("screened", "not screened") always get the same verdict.
 */
public enum MeaningfulDifferenceRule {
    /** The group is the reference itself. */
    IS_REFERENCE(false, "%s is the reference group."),
    /** Nobody in the group's denominator. */
    NO_PATIENTS(false, "%s has no patients in the denominator, so it cannot be compared."),
    /** The reference has nobody in its denominator (e.g. no one else to compare with). */
    NO_REFERENCE(false, "The reference for %s has no patients in the denominator, so it cannot be compared."),
    /** The difference is not statistically significant. */
    NOT_SIGNIFICANT(false, "%s does not differ significantly from the reference (%s; significance needs p ≤ %s)."),
    /** Significant, but the relative difference in the adverse outcome is under the threshold. */
    BELOW_RELATIVE_THRESHOLD(false,
            "%s differs significantly (%s) but the adverse outcome differs by only %s relative to the reference,"
                    + " under the %s threshold."),
    /** Significant and at least the relative threshold, with more adverse outcomes than the reference. */
    MEANINGFULLY_WORSE(true, "%s is meaningfully worse than the reference: %s and the adverse outcome is %s"
            + " higher in relative terms (threshold %s)."),
    /** Significant and at least the relative threshold, with fewer adverse outcomes than the reference. */
    MEANINGFULLY_BETTER(true, "%s is meaningfully better than the reference: %s and the adverse outcome is %s"
            + " lower in relative terms (threshold %s).");

    private final boolean meaningful;
    private final String template;

    MeaningfulDifferenceRule(boolean meaningful, String template) {
        this.meaningful = meaningful;
        this.template = template;
    }

    /** Whether a difference decided by this rule is flagged as meaningful. */
    public boolean meaningful() {
        return meaningful;
    }

    /** The human-readable reason, filled in with the group, p-value, relative difference and thresholds as they apply. */
    String explain(Object... arguments) {
        return String.format(Locale.ROOT, template, arguments);
    }
}
