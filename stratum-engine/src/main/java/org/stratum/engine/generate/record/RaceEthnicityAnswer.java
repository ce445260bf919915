package org.stratum.engine.generate.record;

import java.time.LocalDate;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ReportingSource;
import org.stratum.core.real.ResponseStatus;
import org.stratum.core.terminology.Coding;

/**
 * One recorded answer to a race/ethnicity question, as the warehouse's
 * {@code patient_race_ethnicity} table holds it.
 *
 * @param question "combined" (OMB 2024), or "race" / "ethnicity" (the 1997 two-question form)
 * @param code     CDC code of the answer, or the null-flavour code of a non-answer
 * @param category the OMB 2024 minimum category the answer rolls up to; null for non-answers,
 *                 "Other Race" and "Not Hispanic or Latino"
 */
public record RaceEthnicityAnswer(String question, ResponseStatus response, Coding code, OmbCategory category,
                                  boolean detailed, String writeIn, ReportingSource source, LocalDate recordedOn,
                                  String collectedVia) {
}
