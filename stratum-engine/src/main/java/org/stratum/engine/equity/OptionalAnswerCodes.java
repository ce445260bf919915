package org.stratum.engine.equity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.stratum.core.real.ResponseStatus;
import org.stratum.core.real.selfid.DisabilityQuestion;
import org.stratum.core.real.selfid.GenderIdentityAnswer;
import org.stratum.core.real.selfid.SexualOrientationAnswer;

/**
 * The temporary table {@code gap_optional_code}: which answer code to which question gives which value
 * of the optional dimensions, taken from the core's answer lists so that the kiosk, the importers and
 * the dimensions read the same codes. gap-patients.sql reads every answer through it; a code not listed
 * is not an answer and is left out.
 */
final class OptionalAnswerCodes {
    /**
     * Yes and No as each disability question may be answered: the LOINC answer list (LA33-6, LA32-8),
     * HL7 v2 table 0136 (Y, N, what the kiosk stores), SNOMED CT qualifiers (373066001, 373067005), and
     * a FHIR valueBoolean, which the importer keeps as text.
     */
    private static final List<String> YES = List.of("LA33-6", "Y", "373066001", "true");
    private static final List<String> NO = List.of("LA32-8", "N", "373067005", "false");
    /** US Core codes a declined answer as data-absent-reason asked-declined. */
    private static final String DECLINED = ResponseStatus.DECLINED.fhirCode();

    private OptionalAnswerCodes() {
    }

    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE gap_optional_code"
                    + " (dimension VARCHAR, question VARCHAR, code VARCHAR, value VARCHAR)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gap_optional_code VALUES (?, ?, ?, ?)")) {
            String orientation = ScanColumn.SEXUAL_ORIENTATION.column();
            for (SexualOrientationAnswer answer : SexualOrientationAnswer.values()) {
                add(insert, orientation, SexualOrientationAnswer.LOINC, answer.code(), answer.key());
            }
            add(insert, orientation, SexualOrientationAnswer.LOINC, DECLINED, "declined");
            String identity = ScanColumn.GENDER_IDENTITY.column();
            for (GenderIdentityAnswer answer : GenderIdentityAnswer.values()) {
                add(insert, identity, GenderIdentityAnswer.LOINC, answer.code(), answer.key());
            }
            add(insert, identity, GenderIdentityAnswer.LOINC, DECLINED, "declined");
            String disability = ScanColumn.DISABILITY.column();
            for (DisabilityQuestion question : DisabilityQuestion.values()) {
                YES.forEach(code -> add(insert, disability, question.loinc(), code, "yes"));
                NO.forEach(code -> add(insert, disability, question.loinc(), code, "no"));
                add(insert, disability, question.loinc(), DECLINED, "declined");
            }
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, String dimension, String question, String code, String value) {
        try {
            insert.setString(1, dimension);
            insert.setString(2, question);
            insert.setString(3, code);
            insert.setString(4, value);
            insert.addBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the optional dimensions' answer codes: " + e.getMessage(), e);
        }
    }
}
