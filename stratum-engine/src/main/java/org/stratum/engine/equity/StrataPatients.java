package org.stratum.engine.equity;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.stratum.core.measure.MeasurementPeriod;

/**
 * The table {@code strata_patient}: each patient's own dimensions for a period (see gap-patients.sql),
 * kept in the warehouse so a stratified view groups in DuckDB instead of re-tabulating the population
 * on every page view. It is rebuilt for a period when the {@link WarehouseState} it was built from changes:
 * an import (import_batch), a measure run for the period (measure_run), answers from the
 * self-identification kiosk, or its own columns (a version with more dimensions). Like every derived
 * table it can be dropped at any time; it is created on first use, so warehouses older than it stay
 * readable.
 */
final class StrataPatients {
    /** One lock for all warehouses: a rebuild is rare and short next to the views it saves. */
    private static final Object REBUILD = new Object();
    /** The patient's own dimensions, as gap-patients.sql names them. */
    static final List<String> DIMENSIONS = ScanColumn.PATIENT.stream().map(ScanColumn::column).toList();

    private StrataPatients() {
    }

    /**
     * Makes sure strata_patient holds the period's patients as the warehouse stands now.
     *
     * @return the warehouse state the table was built from, which names what views of it may be kept
     */
    static String ensure(Connection connection, MeasurementPeriod period) throws SQLException {
        String state = WarehouseState.of(connection, period);
        if (state.equals(builtFrom(connection, period))) {
            return state;
        }
        synchronized (REBUILD) {
            // Created here, not on every view: a DDL statement per page view serialises concurrent readers.
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TABLE IF NOT EXISTS strata_patient_state (
                            period_start DATE NOT NULL, period_end DATE NOT NULL, warehouse_state VARCHAR NOT NULL)""");
            }
            state = WarehouseState.of(connection, period);
            if (state.equals(builtFrom(connection, period))) {
                return state;
            }
            PatientDimensions.create(connection, period);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                List<String> kept = columns(connection);
                if (!kept.isEmpty() && !kept.equals(DIMENSIONS)) {
                    // Kept by a version with other dimensions: every period is built again.
                    statement.execute("DROP TABLE strata_patient");
                    statement.execute("DELETE FROM strata_patient_state");
                }
                statement.execute("CREATE TABLE IF NOT EXISTS strata_patient (period_start DATE NOT NULL,"
                        + " period_end DATE NOT NULL, patient_id VARCHAR NOT NULL, "
                        + String.join(", ", DIMENSIONS.stream().map(d -> d + " VARCHAR").toList()) + ")");
                forPeriod(connection, "DELETE FROM strata_patient WHERE period_start = ? AND period_end = ?", period);
                forPeriod(connection, "DELETE FROM strata_patient_state WHERE period_start = ? AND period_end = ?", period);
                forPeriod(connection, "INSERT INTO strata_patient SELECT ?, ?, patient_id, " + String.join(", ", DIMENSIONS)
                        + " FROM gap_patient_value ORDER BY patient_id", period);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO strata_patient_state VALUES (?, ?, ?)")) {
                    insert.setDate(1, Date.valueOf(period.start()));
                    insert.setDate(2, Date.valueOf(period.end()));
                    insert.setString(3, state);
                    insert.execute();
                }
                connection.commit();
                return state;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** The dimension columns of strata_patient as it stands (after period and patient); empty when there is none yet. */
    private static List<String> columns(Connection connection) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = 'main' AND table_name = 'strata_patient' ORDER BY ordinal_position""")) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return columns.subList(Math.min(3, columns.size()), columns.size());
    }

    /** The state the period's rows were built from; null when they were not, or nothing was ever built. */
    private static String builtFrom(Connection connection, MeasurementPeriod period) throws SQLException {
        if (!exists(connection, "strata_patient_state")) {
            return null;
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT warehouse_state FROM strata_patient_state WHERE period_start = ? AND period_end = ?")) {
            query.setDate(1, Date.valueOf(period.start()));
            query.setDate(2, Date.valueOf(period.end()));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = ?")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    private static void forPeriod(Connection connection, String sql, MeasurementPeriod period) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setDate(1, Date.valueOf(period.start()));
            statement.setDate(2, Date.valueOf(period.end()));
            statement.execute();
        }
    }
}
