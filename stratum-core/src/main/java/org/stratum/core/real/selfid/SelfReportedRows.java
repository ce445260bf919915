package org.stratum.core.real.selfid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ReportingSource;
import org.stratum.core.real.ResponseStatus;
import org.stratum.core.real.tabulation.Question;
import org.stratum.core.real.tabulation.RaceEthnicityAnswer;
import org.stratum.core.terminology.Coding;

/**
 * The rows of {@code patient_race_ethnicity} that a form's combined question becomes, all
 * self-reported, on the combined (2024) question, recorded the day it was answered:
 * <ul>
 *   <li>one row per minimum category answered, ticked or implied by a detailed box or a write-in
 *       (so every answer names its category even where the code set has no code, e.g. "Moroccan");</li>
 *   <li>one detailed row per detailed box, with its CDC code (Somali: African 2060-2 with the text);</li>
 *   <li>one detailed row per write-in, without a code, carrying the text and its category;</li>
 *   <li>"prefer not to answer" is one declined row (data-absent-reason asked-declined); a question
 *       left blank is one asked-no-answer row (ASKU): non-answers are data, never missing rows.</li>
 * </ul>
 */
public final class SelfReportedRows {
    /** The system of the CDC Race &amp; Ethnicity codes, as US Core writes it. */
    public static final String CDC_SYSTEM = "urn:oid:2.16.840.1.113883.6.238";

    private SelfReportedRows() {
    }

    public static List<RaceEthnicityAnswer> raceEthnicity(String patientId, SelfIdentification answers,
                                                          LocalDate answeredOn, String collectedVia) {
        List<RaceEthnicityAnswer> rows = new ArrayList<>();
        if (answers.raceDeclined() || !answers.answersRaceOrEthnicity()) {
            ResponseStatus status = answers.raceDeclined() ? ResponseStatus.DECLINED : ResponseStatus.ASKED_NO_ANSWER;
            rows.add(row(patientId, status, new Coding(status.fhirSystem(), status.fhirCode(), status.fhirDisplay()),
                    null, false, null, answeredOn, collectedVia));
            return rows;
        }
        for (OmbCategory category : Figure1.CATEGORIES) {
            if (!answers.answeredCategories().contains(category)) {
                continue;
            }
            rows.add(row(patientId, ResponseStatus.ANSWERED, new Coding(CDC_SYSTEM, category.cdcCode(), category.label()),
                    category, false, null, answeredOn, collectedVia));
            for (Figure1Group group : Figure1.groupsOf(category)) {
                if (answers.detailedGroups().contains(group.key())) {
                    rows.add(row(patientId, ResponseStatus.ANSWERED, new Coding(CDC_SYSTEM, group.cdcCode(), group.name()),
                            category, true, group.writeIn().orElse(null), answeredOn, collectedVia));
                }
            }
            String writeIn = answers.writeIns().get(category);
            if (writeIn != null) {
                rows.add(row(patientId, ResponseStatus.ANSWERED, null, category, true, writeIn, answeredOn, collectedVia));
            }
        }
        return rows;
    }

    private static RaceEthnicityAnswer row(String patientId, ResponseStatus status, Coding coding, OmbCategory category,
                                           boolean detailed, String writeIn, LocalDate answeredOn, String collectedVia) {
        return new RaceEthnicityAnswer(patientId, Question.COMBINED, status, coding, category, detailed, writeIn,
                ReportingSource.SELF_REPORTED, answeredOn, collectedVia);
    }
}
