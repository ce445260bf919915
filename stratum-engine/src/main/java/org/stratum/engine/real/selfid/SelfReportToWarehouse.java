package org.stratum.engine.real.selfid;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.stratum.core.real.selfid.DisabilityQuestion;
import org.stratum.core.real.selfid.GenderIdentityAnswer;
import org.stratum.core.real.selfid.SexualOrientationAnswer;
import org.stratum.core.real.selfid.SelfIdentification;
import org.stratum.core.real.selfid.SelfReportedRows;
import org.stratum.core.real.selfid.YesNoAnswer;
import org.stratum.core.real.tabulation.RaceEthnicityAnswer;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Applies a patient's form answers to the warehouse as self-reported data, in one transaction:
 * <ul>
 *   <li>race and ethnicity as {@code patient_race_ethnicity} rows under their own data source
 *       {@value #SOURCE} (so re-importing the EHR's source with {@code --replace} keeps them),
 *       collected via {@value #COLLECTED_VIA}, recorded on the day of the answer;</li>
 *   <li>language, interpreter need, sexual orientation and gender identity on the patient's
 *       {@code patient} row (only the questions answered; a blank question changes nothing);</li>
 *   <li>sexual orientation, gender identity and disability answers also as dated survey
 *       {@code observation} rows (LOINC question; SNOMED CT or null flavour, v2-0136 Y/N), so that the
 *       optional dimensions can tell them from older answers imported without a date.</li>
 * </ul>
 * Nothing is written when the patient has a <em>newer</em> self-report (a self-reported race or
 * ethnicity answer recorded after this one, from any source): an old form never overwrites what the
 * patient said later. Answering again the same day replaces that day's form answers.
 */
public final class SelfReportToWarehouse {
    /** The data source of every row written from the form. */
    public static final String SOURCE = "self-id-kiosk";
    public static final String COLLECTED_VIA = "kiosk";
    /**
     * The {@code stratum_meta} key counting the forms applied: derived tables built from the warehouse
     * (the stratified views' per-patient dimensions) are built again when it changes, as after an import.
     */
    public static final String FORMS_APPLIED = "self_reports_applied";

    /** What became of the answers. */
    public enum Outcome {
        APPLIED,
        /** The patient had a later self-report, which is kept. */
        NEWER_SELF_REPORT_KEPT,
        /** No such patient in the warehouse (e.g. a code issued before a re-import that dropped them). */
        NO_SUCH_PATIENT
    }

    private final Warehouse warehouse;

    public SelfReportToWarehouse(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * @param responseId the stored response's id, naming the observation rows so that applying the
     *                   same response again replaces them
     */
    public Outcome apply(String patientId, SelfIdentification answers, LocalDate answeredOn, String responseId) {
        try (Connection c = warehouse.connect()) {
            c.setAutoCommit(false);
            try {
                Outcome outcome = applyIn(c, patientId, answers, answeredOn, responseId);
                c.commit();
                return outcome;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the self-identification answers in the warehouse: "
                    + e.getMessage(), e);
        }
    }

    private static Outcome applyIn(Connection c, String patientId, SelfIdentification answers, LocalDate answeredOn,
                                   String responseId) throws SQLException {
        if (!exists(c, "SELECT count(*) FROM patient WHERE patient_id = ?", patientId)) {
            return Outcome.NO_SUCH_PATIENT;
        }
        try (PreparedStatement newer = c.prepareStatement("""
                SELECT count(*) FROM patient_race_ethnicity
                WHERE patient_id = ? AND reporting_source = 'self-reported' AND recorded_on > ?""")) {
            newer.setString(1, patientId);
            newer.setDate(2, Date.valueOf(answeredOn));
            if (count(newer) > 0) {
                return Outcome.NEWER_SELF_REPORT_KEPT;
            }
        }
        update(c, "DELETE FROM patient_race_ethnicity WHERE patient_id = ? AND source = ? AND recorded_on = ?",
                patientId, SOURCE, Date.valueOf(answeredOn));
        insertRaceEthnicity(c, SelfReportedRows.raceEthnicity(patientId, answers, answeredOn, COLLECTED_VIA));
        if (answers.languageDeclined()) {
            update(c, "UPDATE patient SET preferred_language = NULL, language_response = 'declined',"
                    + " language_reporting_source = 'self-reported' WHERE patient_id = ?", patientId);
        }
        if (answers.preferredLanguage().isPresent()) {
            update(c, "UPDATE patient SET preferred_language = ?, language_response = 'answered',"
                    + " language_reporting_source = 'self-reported' WHERE patient_id = ?",
                    answers.preferredLanguage().get(), patientId);
        }
        // The warehouse keeps yes, no or unknown; "prefer not to answer" leaves what is known.
        answers.interpreterNeeded().filter(a -> a != YesNoAnswer.DECLINED).ifPresent(a -> update(c,
                "UPDATE patient SET interpreter_needed = ? WHERE patient_id = ?", a.code(), patientId));
        answers.sexualOrientation().ifPresent(a -> update(c,
                "UPDATE patient SET sexual_orientation = ? WHERE patient_id = ?", a.code(), patientId));
        answers.genderIdentity().ifPresent(a -> update(c,
                "UPDATE patient SET gender_identity = ? WHERE patient_id = ?", a.code(), patientId));
        insertObservations(c, patientId, answers, answeredOn, responseId);
        long applied = applied(c);
        update(c, "DELETE FROM stratum_meta WHERE key = ?", FORMS_APPLIED);
        update(c, "INSERT INTO stratum_meta VALUES (?, ?)", FORMS_APPLIED, String.valueOf(applied + 1));
        return Outcome.APPLIED;
    }

    private static void insertRaceEthnicity(Connection c, Iterable<RaceEthnicityAnswer> rows) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO patient_race_ethnicity (patient_id, source, question, response, system, code, display,
                    omb_category, detailed, write_in, reporting_source, recorded_on, collected_via)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (RaceEthnicityAnswer row : rows) {
                insert.setString(1, row.patientId());
                insert.setString(2, SOURCE);
                insert.setString(3, row.question().code());
                insert.setString(4, row.response().code());
                insert.setString(5, row.coding() == null ? null : row.coding().system());
                insert.setString(6, row.coding() == null ? null : row.coding().code());
                insert.setString(7, row.coding() == null ? null : row.coding().display());
                insert.setString(8, row.category() == null ? null : row.category().key());
                insert.setBoolean(9, row.detailed());
                insert.setString(10, row.writeIn());
                insert.setString(11, row.source().code());
                insert.setDate(12, Date.valueOf(row.recordedOn()));
                insert.setString(13, row.collectedVia());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The dated survey observations: sexual orientation, gender identity and each disability question answered. */
    private static void insertObservations(Connection c, String patientId, SelfIdentification answers,
                                           LocalDate answeredOn, String responseId) throws SQLException {
        List<SurveyAnswer> rows = new ArrayList<>();
        answers.sexualOrientation().ifPresent(a -> rows.add(new SurveyAnswer(SelfIdItems.SEXUAL_ORIENTATION,
                SexualOrientationAnswer.LOINC, "Sexual orientation", new Coding(a.system(), a.code(), a.display()))));
        answers.genderIdentity().ifPresent(a -> rows.add(new SurveyAnswer(SelfIdItems.GENDER_IDENTITY,
                GenderIdentityAnswer.LOINC, "Gender identity", new Coding(a.system(), a.code(), a.display()))));
        for (DisabilityQuestion question : DisabilityQuestion.values()) {
            YesNoAnswer answer = answers.disability().get(question);
            if (answer != null) {
                rows.add(new SurveyAnswer(question.key(), question.loinc(), question.display(), SelfIdItems.yesNo(answer)));
            }
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO observation (observation_id, patient_id, source, status, category, system, code, display,
                    value_system, value_code, effective_start, issued)
                VALUES (?, ?, ?, 'final', 'survey', 'http://loinc.org', ?, ?, ?, ?, ?, ?)""")) {
            Timestamp day = Timestamp.valueOf(answeredOn.atStartOfDay());
            for (SurveyAnswer row : rows) {
                String id = "self-id-" + responseId + "-" + row.item();
                update(c, "DELETE FROM observation WHERE observation_id = ? AND source = ?", id, SOURCE);
                insert.setString(1, id);
                insert.setString(2, patientId);
                insert.setString(3, SOURCE);
                insert.setString(4, row.loinc());
                insert.setString(5, row.question());
                insert.setString(6, row.value().getSystem());
                insert.setString(7, row.value().getCode());
                insert.setTimestamp(8, day);
                insert.setTimestamp(9, day);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** One answer stored as an observation: the item it answers, its LOINC question and the coded answer. */
    private record SurveyAnswer(String item, String loinc, String question, Coding value) {
    }

    private static long applied(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT coalesce(max(CAST(value AS BIGINT)), 0) FROM stratum_meta WHERE key = ?")) {
            query.setString(1, FORMS_APPLIED);
            return count(query);
        }
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, value);
            return count(statement) > 0;
        }
    }

    private static long count(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void update(Connection c, String sql, Object... values) {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot update the warehouse: " + e.getMessage(), e);
        }
    }
}
