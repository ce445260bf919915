package org.stratum.engine.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The warehouse's tables, defined once in {@code schema.sql}. The column catalogue that the CSV
 * layout and the loaders use is read back from DuckDB itself, so it can never drift from the DDL.
 */
public final class WarehouseSchema {
    /** Bump when schema.sql changes: warehouses of another version are rebuilt from the ledger. */
    public static final int VERSION = 5;

    /** The tables that hold imported data, in load order (reference data before patients' records). */
    public static final List<String> DATA_TABLES = List.of(
            "area", "care_site", "clinician", "patient", "patient_race_ethnicity", "attribution", "coverage",
            "encounter", "condition", "encounter_diagnosis", "observation", "procedure", "immunization", "medication", "care_request",
            "allergy", "adverse_event", "survey_response", "valueset_code");

    /** The tables counted as clinical records on the home page. */
    public static final List<String> RECORD_TABLES = List.of(
            "encounter", "condition", "observation", "procedure", "immunization", "medication", "care_request",
            "allergy", "adverse_event", "coverage", "survey_response");

    private static final String DDL = readDdl();
    private static final Map<String, List<Column>> CATALOGUE = describe();

    private WarehouseSchema() {
    }

    /** One column of a warehouse table with its DuckDB type. */
    public record Column(String name, String type, boolean nullable) {
    }

    /** Creates every table and records the schema version, inside the caller's transaction. */
    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(DDL);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO stratum_meta (key, value) VALUES ('schema_version', ?)")) {
            insert.setString(1, Integer.toString(VERSION));
            insert.executeUpdate();
        }
    }

    public static List<Column> columns(String table) {
        List<Column> columns = CATALOGUE.get(table);
        if (columns == null) {
            throw new IllegalArgumentException("No warehouse table named " + table);
        }
        return columns;
    }

    private static Map<String, List<Column>> describe() {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(DDL);
            }
            Map<String, List<Column>> catalogue = new LinkedHashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("""
                         SELECT table_name, column_name, data_type, is_nullable
                         FROM information_schema.columns
                         ORDER BY table_name, ordinal_position""")) {
                while (rows.next()) {
                    catalogue.computeIfAbsent(rows.getString(1), t -> new ArrayList<>())
                            .add(new Column(rows.getString(2), rows.getString(3), "YES".equals(rows.getString(4))));
                }
            }
            catalogue.replaceAll((table, columns) -> List.copyOf(columns));
            return Map.copyOf(catalogue);
        } catch (SQLException e) {
            throw new IllegalStateException("The warehouse schema does not load into DuckDB", e);
        }
    }

    private static String readDdl() {
        try (InputStream in = WarehouseSchema.class.getResourceAsStream("schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("schema.sql is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
