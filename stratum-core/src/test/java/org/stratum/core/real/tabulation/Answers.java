package org.stratum.core.real.tabulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ReportingSource;
import org.stratum.core.real.ResponseStatus;
import org.stratum.core.terminology.CodeSystems;
import org.stratum.core.terminology.Coding;

/** Builds warehouse-shaped answer rows for tests, the way the generator and importers record them. */
final class Answers {
    static final LocalDate FIRST = LocalDate.of(2023, 3, 1);
    static final LocalDate LATER = LocalDate.of(2025, 2, 1);

    private final List<RaceEthnicityAnswer> rows = new ArrayList<>();
    private String patient = "p";
    private LocalDate day = FIRST;
    private ReportingSource source = ReportingSource.SELF_REPORTED;

    Answers patient(String id) {
        patient = id;
        return this;
    }

    Answers on(LocalDate date) {
        day = date;
        return this;
    }

    Answers by(ReportingSource who) {
        source = who;
        return this;
    }

    /** A minimum category ticked (the CDC code of the category, not detailed). */
    Answers minimum(Question question, OmbCategory category) {
        return add(question, ResponseStatus.ANSWERED, category.cdcCode(), category.label(), category, false);
    }

    /** A detailed group ticked; {@code category} is what the recorder stored beside it. */
    Answers detailed(Question question, String code, String display, OmbCategory category) {
        return add(question, ResponseStatus.ANSWERED, code, display, category, true);
    }

    Answers otherRace() {
        return add(Question.RACE, ResponseStatus.ANSWERED, CdcHierarchy.OTHER_RACE, "Other Race", null, false);
    }

    Answers notHispanic() {
        return add(Question.ETHNICITY, ResponseStatus.ANSWERED, CdcHierarchy.NOT_HISPANIC_OR_LATINO,
                "Not Hispanic or Latino", null, false);
    }

    Answers nonAnswer(Question question, ResponseStatus status) {
        rows.add(new RaceEthnicityAnswer(patient, question, status,
                new Coding(status.fhirSystem(), status.fhirCode(), status.fhirDisplay()), null, false, null,
                status == ResponseStatus.UNKNOWN ? null : source, day, null));
        return this;
    }

    /** A write-in with no CDC code (e.g. Somali), rolled up by the category recorded with it. */
    Answers writeIn(Question question, String text, OmbCategory category) {
        rows.add(new RaceEthnicityAnswer(patient, question, ResponseStatus.ANSWERED, null, category, true, text, source,
                day, "kiosk"));
        return this;
    }

    List<RaceEthnicityAnswer> rows() {
        return List.copyOf(rows);
    }

    private Answers add(Question question, ResponseStatus status, String code, String display, OmbCategory category,
                        boolean detailed) {
        rows.add(new RaceEthnicityAnswer(patient, question, status, new Coding(CodeSystems.CDC_RACE_ETHNICITY, code,
                display), category, detailed, null, source, day, "registration"));
        return this;
    }
}
