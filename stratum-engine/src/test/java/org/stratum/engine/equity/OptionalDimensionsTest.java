package org.stratum.engine.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.core.real.selfid.DisabilityQuestion;
import org.stratum.core.real.selfid.GenderIdentityAnswer;
import org.stratum.core.real.selfid.SelfIdentification;
import org.stratum.core.real.selfid.SexualOrientationAnswer;
import org.stratum.core.real.selfid.YesNoAnswer;
import org.stratum.engine.real.selfid.SelfReportToWarehouse;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The optional dimensions on a hand-built population: each patient's latest answer, whatever its
 * source (the patient row without a date, dated observations, the kiosk), read into sexual
 * orientation, gender identity and disability, with declined and unknown as values of their own.
 * Every patient is eligible for the measure; those whose id ends in "-met" meet it.
 */
class OptionalDimensionsTest {
    private static final MeasurementPeriod YEAR = MeasurementPeriod.calendarYear(2025);
    private static final String LOINC = "http://loinc.org";

    private final Warehouse warehouse = Warehouse.inMemory();
    private final StrataQuery query = new StrataQuery(warehouse);

    @AfterEach
    void close() {
        warehouse.close();
    }

    @BeforeEach
    void population() throws SQLException {
        try (Connection connection = warehouse.connect(); Statement sql = connection.createStatement()) {
            // Sexual orientation.
            patient(sql, "so-row-only-met", "20430005", null);
            patient(sql, "so-dated-beats-row", "20430005", null);
            answer(sql, "so-dated-beats-row", "76690-7", "38628009", null, "2024-03-01");
            patient(sql, "so-later-decline", null, null);
            answer(sql, "so-later-decline", "76690-7", "42035005", null, "2023-05-01");
            answer(sql, "so-later-decline", "76690-7", null, "asked-declined", "2025-02-01");
            patient(sql, "so-later-answer-met", null, null);
            answer(sql, "so-later-answer-met", "76690-7", "ASKU", null, "2023-05-01");
            answer(sql, "so-later-answer-met", "76690-7", "42035005", null, "2025-02-01");
            patient(sql, "so-dont-know", null, null);
            answer(sql, "so-dont-know", "76690-7", "UNK", null, "2025-02-01");
            patient(sql, "so-other-code-ignored", "OTH", null);
            answer(sql, "so-other-code-ignored", "76690-7", "999999", null, "2025-02-01");
            patient(sql, "so-entered-in-error-ignored", null, null);
            answer(sql, "so-entered-in-error-ignored", "76690-7", "20430005", null, "2024-01-01");
            sql.execute("INSERT INTO observation (observation_id, patient_id, source, status, system, code, value_code,"
                    + " effective_start) VALUES ('wrong', 'so-entered-in-error-ignored', 't', 'entered-in-error', '"
                    + LOINC + "', '76690-7', '38628009', TIMESTAMP '2025-06-01 10:00')");
            // Gender identity.
            patient(sql, "gi-row-met", null, "33791000087105");
            patient(sql, "gi-observed-later", null, "446141000124107");
            answer(sql, "gi-observed-later", "76691-5", "OTH", null, "2025-04-01");
            patient(sql, "gi-declined", null, "ASKU");
            patient(sql, "gi-row-unk", null, "UNK");
            patient(sql, "gi-male-met", null, "446151000124109");
            // Disability: the six questions, latest answer to each.
            patient(sql, "d-one-yes-met", null, null);
            answer(sql, "d-one-yes-met", "69856-3", "Y", null, "2025-01-10");
            for (String question : List.of("69857-1", "69858-9", "69859-7", "69860-5", "69861-3")) {
                answer(sql, "d-one-yes-met", question, "N", null, "2025-01-10");
                answer(sql, "d-all-no", question, "LA32-8", null, "2025-01-10");
            }
            patient(sql, "d-all-no", null, null);
            patient(sql, "d-walking-no-longer", null, null);
            answer(sql, "d-walking-no-longer", "69859-7", "LA33-6", null, "2023-01-10");
            answer(sql, "d-walking-no-longer", "69859-7", "373067005", null, "2025-01-10");
            patient(sql, "d-declined", null, null);
            answer(sql, "d-declined", "69856-3", null, "asked-declined", "2025-01-10");
            answer(sql, "d-declined", "69857-1", "asked-declined", null, "2025-01-10");
            patient(sql, "d-no-and-declined", null, null);
            answer(sql, "d-no-and-declined", "69856-3", "N", null, "2025-01-10");
            answer(sql, "d-no-and-declined", "69857-1", null, "asked-declined", "2025-01-10");
            patient(sql, "d-boolean-yes", null, null);
            sql.execute("INSERT INTO observation (observation_id, patient_id, source, status, system, code, value_text,"
                    + " effective_start) VALUES ('bool', 'd-boolean-yes', 't', 'final', '" + LOINC
                    + "', '69860-5', 'true', TIMESTAMP '2025-01-10 10:00')");
            // Nobody asked; and a patient whose answers fall outside the measure (no result) is not counted.
            patient(sql, "nothing-met", null, null);
            sql.execute("INSERT INTO patient (patient_id, source, sexual_orientation) VALUES ('not-eligible', 't', '38628009')");
        }
    }

    @Test
    void sexualOrientationIsEachPatientsLatestAnswerWhateverItsSource() {
        assertThat(valuesByPatient(StratifyingDimension.SEXUAL_ORIENTATION)).containsAllEntriesOf(Map.of(
                "so-row-only-met", "straight",
                "so-dated-beats-row", "lesbian-or-gay",
                "so-later-decline", "declined",
                "so-later-answer-met", "bisexual",
                "so-dont-know", "dont-know",
                "so-other-code-ignored", "something-else",
                "so-entered-in-error-ignored", "straight",
                "nothing-met", "unknown",
                "gi-row-met", "unknown"));
    }

    @Test
    void genderIdentityReadsThePatientExtensionAndLaterObservations() {
        assertThat(valuesByPatient(StratifyingDimension.GENDER_IDENTITY)).containsAllEntriesOf(Map.of(
                "gi-row-met", "nonbinary",
                "gi-observed-later", "something-else",
                "gi-declined", "declined",
                "gi-row-unk", "unknown",
                "gi-male-met", "male",
                "nothing-met", "unknown"));
    }

    @Test
    void disabilityIsAYesToAnyQuestionAndNoToEveryQuestionAnswered() {
        assertThat(valuesByPatient(StratifyingDimension.DISABILITY)).containsAllEntriesOf(Map.of(
                "d-one-yes-met", "yes",
                "d-all-no", "no",
                "d-walking-no-longer", "no",
                "d-declined", "declined",
                "d-no-and-declined", "declined",
                "d-boolean-yes", "yes",
                "nothing-met", "unknown"));
    }

    @Test
    void strataSplitTheEligiblePatientsWithTheirLabels() {
        List<Stratum> strata = query.count(new StrataRequest("m", "1", YEAR, List.of(StratifyingDimension.DISABILITY),
                Map.of()));

        Map<String, List<Long>> counts = new TreeMap<>();
        strata.forEach(s -> counts.put(s.label(), List.of(s.eligible(), s.met())));
        assertThat(counts).containsExactly(
                Map.entry("Disability (yes to a question)", List.of(2L, 1L)),
                Map.entry("Disability questions declined", List.of(2L, 0L)),
                Map.entry("Disability unknown", List.of(13L, 5L)),
                Map.entry("No disability", List.of(2L, 0L)));
        assertThat(query.values("m", "1", YEAR, List.of(StratifyingDimension.GENDER_IDENTITY)).get(StratifyingDimension.GENDER_IDENTITY)).containsEntry("nonbinary",
                "Identifies as nonbinary gender").containsEntry("declined", "Gender identity declined");
    }

    @Test
    void filtersAndCrossTabulationsWorkAsForEveryDimension() {
        List<Stratum> strata = query.count(new StrataRequest("m", "1", YEAR,
                List.of(StratifyingDimension.SEXUAL_ORIENTATION, StratifyingDimension.GENDER_IDENTITY),
                Map.of(StratifyingDimension.SEXUAL_ORIENTATION, Set.of("straight", "bisexual"))));

        assertThat(strata).extracting(Stratum::label, Stratum::eligible).containsExactly(
                tuple("Bisexual · Gender identity unknown", 1L),
                tuple("Straight or heterosexual · Gender identity unknown", 2L));
    }

    @Test
    void aKioskAnswerIsTheLatestAndShowsAtOnce() {
        assertThat(valuesByPatient(StratifyingDimension.SEXUAL_ORIENTATION)).containsEntry("so-dated-beats-row",
                "lesbian-or-gay");
        SelfIdentification answers = new SelfIdentification(Set.of(), Set.of(), Map.of(), false, Optional.empty(), false,
                Optional.empty(), Optional.of(SexualOrientationAnswer.BISEXUAL), Optional.of(GenderIdentityAnswer.DECLINED),
                Map.of(DisabilityQuestion.SEEING, YesNoAnswer.YES));

        new SelfReportToWarehouse(warehouse).apply("so-dated-beats-row", answers, LocalDate.of(2025, 9, 1), "r1");

        assertThat(valuesByPatient(StratifyingDimension.SEXUAL_ORIENTATION)).containsEntry("so-dated-beats-row", "bisexual");
        assertThat(valuesByPatient(StratifyingDimension.GENDER_IDENTITY)).containsEntry("so-dated-beats-row", "declined");
        assertThat(valuesByPatient(StratifyingDimension.DISABILITY)).containsEntry("so-dated-beats-row", "yes");
    }

    @Test
    void aTableKeptByAVersionWithFewerDimensionsIsBuiltAgain() throws SQLException {
        try (Connection connection = warehouse.connect(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE strata_patient (period_start DATE NOT NULL, period_end DATE NOT NULL,"
                    + " patient_id VARCHAR NOT NULL, race_2024 VARCHAR, race_1997 VARCHAR, language VARCHAR,"
                    + " interpreter VARCHAR, sex VARCHAR, age_band VARCHAR, deprivation_quintile VARCHAR, social_needs VARCHAR)");
            sql.execute("CREATE TABLE strata_patient_state (period_start DATE NOT NULL, period_end DATE NOT NULL,"
                    + " warehouse_state VARCHAR NOT NULL)");
            sql.execute("INSERT INTO strata_patient_state VALUES (DATE '2024-01-01', DATE '2024-12-31', '0/|0/')");
        }

        assertThat(valuesByPatient(StratifyingDimension.GENDER_IDENTITY)).containsEntry("gi-male-met", "male");
        try (Connection connection = warehouse.connect(); Statement sql = connection.createStatement();
             var rows = sql.executeQuery("SELECT count(*) FROM strata_patient_state")) {
            rows.next();
            assertThat(rows.getLong(1)).as("only the period built since").isEqualTo(1);
        }
    }

    /** Each patient's value as kept in strata_patient, which every view groups by. */
    private Map<String, String> valuesByPatient(StratifyingDimension dimension) {
        Map<String, String> values = new TreeMap<>();
        try (Connection connection = warehouse.connect()) {
            StrataPatients.ensure(connection, YEAR);
            try (Statement sql = connection.createStatement(); var rows = sql.executeQuery("SELECT patient_id, "
                    + dimension.column().column() + " FROM strata_patient")) {
                while (rows.next()) {
                    values.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        // What is kept per patient is what the views count.
        query.values("m", "1", YEAR, List.of(dimension)).get(dimension).keySet().forEach(v -> assertThat(values).containsValue(v));
        return values;
    }

    private static void patient(Statement sql, String id, String orientation, String identity) throws SQLException {
        sql.execute("INSERT INTO patient (patient_id, source, sexual_orientation, gender_identity) VALUES ('" + id
                + "', 't', " + quoted(orientation) + ", " + quoted(identity) + ")");
        sql.execute("INSERT INTO measure_result (measure_id, group_id, period_start, period_end, patient_id, denominator,"
                + " denominator_exclusion, numerator, denominator_exception) VALUES ('m', '1', DATE '2025-01-01',"
                + " DATE '2025-12-31', '" + id + "', true, false, " + id.endsWith("-met") + ", false)");
    }

    private static void answer(Statement sql, String patient, String question, String value, String absent, String day)
            throws SQLException {
        sql.execute("INSERT INTO observation (observation_id, patient_id, source, status, category, system, code,"
                + " value_code, not_done_reason, effective_start) VALUES ('" + patient + "-" + question + "-" + day
                + "', '" + patient + "', 't', 'final', 'survey', '" + LOINC + "', '" + question + "', " + quoted(value)
                + ", " + quoted(absent) + ", TIMESTAMP '" + day + " 10:00')");
    }

    private static String quoted(String value) {
        return value == null ? "NULL" : "'" + value + "'";
    }
}
