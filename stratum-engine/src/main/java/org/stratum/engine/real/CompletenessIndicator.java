package org.stratum.engine.real;

import java.util.List;

/**
 * What a REAL completeness report counts among patients with a visit in the period. The first five
 * split every patient exactly once by their race and ethnicity (as {@link PatientCompleteness}
 * reads them); language, Other Race and BISG imputation are counted beside them. An imputation is
 * never a patient's race, so "imputed" counts patients without a self-report who have BISG
 * probabilities (for population estimates only), whatever their status.
 */
public enum CompletenessIndicator {
    SELF_REPORTED("self-reported race/ethnicity"),
    STAFF_OBSERVED_ONLY("staff-observed only"),
    ASKED_NO_ANSWER("asked, no answer"),
    DECLINED("declined"),
    UNKNOWN("unknown"),
    SELF_REPORTED_LANGUAGE("self-reported language"),
    OTHER_RACE("Other Race only"),
    IMPUTED_ONLY("imputed (BISG) only");

    /** The race and ethnicity statuses: each patient is in exactly one. */
    public static final List<CompletenessIndicator> RACE_ETHNICITY_STATUSES =
            List.of(SELF_REPORTED, STAFF_OBSERVED_ONLY, ASKED_NO_ANSWER, DECLINED, UNKNOWN);

    private final String label;

    CompletenessIndicator(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
