package org.stratum.core.real.tabulation;

/** The answer to the 1997 standard's separate Hispanic or Latino question, as far as one is known. */
public enum Ethnicity1997 {
    HISPANIC_OR_LATINO,
    NOT_HISPANIC_OR_LATINO,
    /** No answer: the patient's {@code ethnicityStatus} says whether asked, declined or unknown. */
    NOT_REPORTED
}
