package org.stratum.engine.export.fhir;

import java.time.LocalDate;

/** One row of {@code patient_race_ethnicity}, as exported. */
record RealAnswerRow(String question, String response, String system, String code, String display,
                     String ombCategory, boolean detailed, String writeIn, String reportingSource, LocalDate recordedOn,
                     String collectedVia) {

    boolean answered() {
        return response.equals("answered");
    }

    /** The OMB 2024 combined question, which US Core's two extensions can only show in 1997 shape. */
    boolean combined() {
        return question.equals("combined");
    }

    boolean hispanic() {
        return "HISPANIC".equals(ombCategory);
    }
}
