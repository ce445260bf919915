package org.stratum.engine.equity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.core.measure.sql.DuckDbDialect;
import org.stratum.core.real.CdcRaceEthnicityCodeSet;
import org.stratum.core.real.tabulation.CdcCodeTree;
import org.stratum.core.real.tabulation.RaceEthnicityAnswer;
import org.stratum.core.real.tabulation.RealTabulation;
import org.stratum.core.real.tabulation.ReportedIdentity;
import org.stratum.core.real.tabulation.ReportingSourceFilter;
import org.stratum.core.real.tabulation.TabulationMethod;
import org.stratum.engine.real.RaceEthnicityAnswers;

/**
 * Builds the temporary table {@code gap_patient} on one connection: for every patient with a measure
 * result in the period, the REAL strata and the filters a gap can be cut by (see gap-patients.sql),
 * each coded as a small integer ({@link PatientValues}).
 * Race and ethnicity are tabulated in Java by {@link RealTabulation}, the one place their rules live,
 * once per distinct answer pattern, and appended with DuckDB's Appender; the rest is SQL.
 */
final class PatientDimensions {
    /** Self-reported or staff-observed answers, never imputed ones (HEDIS keeps indirect data apart). */
    private static final ReportingSourceFilter SOURCES = ReportingSourceFilter.selfReportedOrObserved();

    private PatientDimensions() {
    }

    /** Creates gap_patient and returns what its codes stand for. */
    static PatientValues create(Connection connection, MeasurementPeriod period) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String macro : new DuckDbDialect().functionDefinitions()) {
                statement.execute(macro);
            }
            statement.execute("CREATE OR REPLACE TEMP TABLE gap_period (period_start DATE, period_end DATE)");
            statement.execute("CREATE OR REPLACE TEMP TABLE gap_population (patient_id VARCHAR)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gap_period VALUES (?, ?)");
             PreparedStatement population = connection.prepareStatement("""
                     INSERT INTO gap_population SELECT DISTINCT patient_id FROM measure_result
                     WHERE period_start = ? AND period_end = ?""")) {
            for (PreparedStatement statement : List.of(insert, population)) {
                statement.setDate(1, Date.valueOf(period.start()));
                statement.setDate(2, Date.valueOf(period.end()));
                statement.execute();
            }
        }
        tabulateRealData(connection);
        OptionalAnswerCodes.create(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql());
        }
        return code(connection);
    }

    /** gap_patient: gap_patient_value with each patient column replaced by the code of its value. */
    private static PatientValues code(Connection connection) throws SQLException {
        Map<ScanColumn, List<String>> values = new EnumMap<>(ScanColumn.class);
        StringBuilder select = new StringBuilder("CREATE OR REPLACE TEMP TABLE gap_patient AS SELECT v.patient_id");
        StringBuilder from = new StringBuilder(" FROM gap_patient_value v");
        try (Statement statement = connection.createStatement()) {
            for (ScanColumn column : ScanColumn.PATIENT) {
                String codes = "gap_code_" + column.column();
                statement.execute("CREATE OR REPLACE TEMP TABLE " + codes + " AS SELECT value,"
                        + " CAST(row_number() OVER (ORDER BY value) - 1 AS USMALLINT) AS code"
                        + " FROM (SELECT DISTINCT " + column.column() + " AS value FROM gap_patient_value)");
                List<String> ordered = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT value FROM " + codes + " ORDER BY code")) {
                    while (rows.next()) {
                        ordered.add(rows.getString(1));
                    }
                }
                values.put(column, ordered);
                select.append(", ").append(codes).append(".code AS ").append(column.column());
                from.append(" JOIN ").append(codes).append(" ON ").append(codes).append(".value = v.")
                        .append(column.column());
            }
            statement.execute(select.append(from).toString());
        }
        return new PatientValues(values);
    }

    /**
     * Patients whose answers are the same apart from the dates, with the dates in the same order, read
     * the same way, so each such answer pattern is tabulated once, for one of its patients, and every
     * patient gets the strata of their pattern. The pattern is a 64-bit hash; at a million patients the
     * chance of two patterns colliding is about 10⁻⁸.
     */
    private static void tabulateRealData(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE OR REPLACE TEMP TABLE gap_answer_pattern AS
                    WITH answer AS (
                        SELECT p.patient_id, a.recorded_on,
                               hash(a.question, a.response, a.system, a.code, a.display, a.omb_category, a.detailed,
                                    a.write_in, a.reporting_source, a.collected_via) AS content
                        FROM gap_population p LEFT JOIN patient_race_ethnicity a USING (patient_id)),
                    by_patient AS (
                        SELECT patient_id, list_sort(list_distinct(list(recorded_on))) AS asked_on,
                               list(struct_pack(recorded_on := recorded_on, content := content)) AS answers
                        FROM answer GROUP BY patient_id)
                    SELECT patient_id,
                           hash(list_sort(list_transform(answers,
                                a -> hash(list_position(asked_on, a.recorded_on), a.content)))) AS pattern
                    FROM by_patient""");
            statement.execute("""
                    CREATE OR REPLACE TEMP TABLE gap_pattern_example AS
                    SELECT min(patient_id) AS patient_id, pattern FROM gap_answer_pattern GROUP BY pattern""");
            statement.execute("CREATE OR REPLACE TEMP TABLE gap_pattern_strata"
                    + " (patient_id VARCHAR, race_2024 VARCHAR, race_1997 VARCHAR)");
        }
        RealTabulation tabulation = new RealTabulation(CdcCodeTree.of(CdcRaceEthnicityCodeSet.load()), SOURCES);
        List<String> patients = new ArrayList<>();
        List<RaceEthnicityAnswer> answers = new ArrayList<>();
        RaceEthnicityAnswers.byPatient(connection, "gap_pattern_example", (patient, own) -> {
            patients.add(patient);
            answers.addAll(own);
        });
        try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender("temp", "main", "gap_pattern_strata")) {
            for (ReportedIdentity identity : tabulation.identities(patients, answers).values()) {
                appender.beginRow();
                appender.append(identity.patientId());
                appender.append(only(TabulationMethod.MULTIRACIAL_AND_OR_MULTIETHNIC, identity));
                appender.append(only(TabulationMethod.HISPANIC_THEN_RACE_1997, identity));
                appender.endRow();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE OR REPLACE TEMP TABLE gap_real AS
                    SELECT a.patient_id, s.race_2024, s.race_1997
                    FROM gap_answer_pattern a
                    JOIN gap_pattern_example e USING (pattern)
                    JOIN gap_pattern_strata s ON s.patient_id = e.patient_id""");
        }
    }

    /** The one stratum of a tabulation whose strata do not overlap. */
    private static String only(TabulationMethod method, ReportedIdentity identity) {
        return method.strataOf(identity).get(0).label();
    }

    private static String sql() {
        try (InputStream in = PatientDimensions.class.getResourceAsStream("gap-patients.sql")) {
            if (in == null) {
                throw new IllegalStateException("gap-patients.sql is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
