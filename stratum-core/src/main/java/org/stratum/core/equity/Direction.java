package org.stratum.core.equity;

/**
 * Which way a quality measure improves. Disparity statistics need it to know which group is
 * "best" and to put every measure on the same, adverse-outcome footing: AHRQ's National Healthcare
 * Quality and Disparities Report judges a relative difference "when the measure is framed ...
 * negatively as an adverse outcome", so a screening rate (higher is better) is compared as the
 * share not screened.
 */
public enum Direction {
    /** More is better, e.g. the share of patients screened for colorectal cancer (CMS130). */
    HIGHER_IS_BETTER,
    /** Less is better, e.g. the share of patients with diabetes whose HbA1c is poorly controlled (CMS122). */
    LOWER_IS_BETTER;

    /**
     * The proportion with the adverse outcome, given the measure's own proportion {@code p}: {@code 1 − p}
     * when higher is better, {@code p} itself when lower is better.
     */
    public double adverse(double p) {
        return this == HIGHER_IS_BETTER ? 1.0 - p : p;
    }

    /** +1 when higher is better, −1 when lower is better: the good side of a chart's centre line. */
    public int sign() {
        return this == HIGHER_IS_BETTER ? 1 : -1;
    }
}
