package org.stratum.core.real.tabulation;

import java.time.LocalDate;
import java.util.Objects;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ReportingSource;
import org.stratum.core.real.ResponseStatus;
import org.stratum.core.terminology.Coding;

/**
 * One recorded answer to a race/ethnicity question: a row of the warehouse table
 * {@code patient_race_ethnicity} (patient_id, question, response, system/code/display, omb_category,
 * detailed, write_in, reporting_source, recorded_on, collected_via). A patient who ticks three boxes
 * has three rows; a non-answer is a row too.
 *
 * @param coding        CDC Race &amp; Ethnicity code of the answer, or the null-flavour code of a non-answer; may be null
 * @param category      the OMB 2024 minimum category recorded with the answer; null for non-answers,
 *                      "Other Race" and "Not Hispanic or Latino". A CDC code, when known to the
 *                      {@link CdcHierarchy}, takes precedence (see {@link AskingRules})
 * @param detailed      whether the answer is a detailed group (e.g. Chinese) rather than a minimum category
 * @param source        who gave it; null when not recorded (e.g. an "unknown" with nobody asked)
 * @param recordedOn    the day it was recorded; answers of the same day are one asking
 */
public record RaceEthnicityAnswer(String patientId, Question question, ResponseStatus response, Coding coding,
                                  OmbCategory category, boolean detailed, String writeIn, ReportingSource source,
                                  LocalDate recordedOn, String collectedVia) {

    public RaceEthnicityAnswer {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(response, "response");
    }

    /** The CDC (or null-flavour) code, or null. */
    public String code() {
        return coding == null ? null : coding.code();
    }

    public boolean answered() {
        return response == ResponseStatus.ANSWERED;
    }
}
