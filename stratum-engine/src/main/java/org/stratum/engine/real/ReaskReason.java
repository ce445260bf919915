package org.stratum.engine.real;

/** Why a patient is on the re-ask list. */
public enum ReaskReason {
    /**
     * Race and ethnicity not self-reported: only staff-observed, asked but not answered, or unknown. A
     * decline is the patient's answer and is not missing; it is asked again only once stale.
     */
    RACE_ETHNICITY_NOT_SELF_REPORTED("race/ethnicity not self-reported"),
    /**
     * Self-reported (or declined) race and ethnicity whose latest asking is older than the number of
     * years the list is made with, or has no date.
     */
    RACE_ETHNICITY_STALE("race/ethnicity stale"),
    /** No self-reported preferred language. */
    LANGUAGE_NOT_SELF_REPORTED("language not self-reported");

    private final String label;

    ReaskReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
