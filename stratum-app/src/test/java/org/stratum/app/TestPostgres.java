package org.stratum.app;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The PostgreSQL server tests use: the local test database (trust authentication) unless
 * STRATUM_TEST_POSTGRES_URL, _USER and _PASSWORD say otherwise. Tests work in throw-away schemas
 * {@code stratum_test_<random>} that they drop afterwards, so runs never collide.
 */
final class TestPostgres {

    static final String URL = environment("STRATUM_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = environment("STRATUM_TEST_POSTGRES_USER", "postgres");
    static final String PASSWORD = environment("STRATUM_TEST_POSTGRES_PASSWORD", "");

    private TestPostgres() {
    }

    /** Why the server cannot be reached, or empty when it can. */
    static Optional<String> connectionProblem() {
        try (Connection ignored = DriverManager.getConnection(URL + separator() + "connectTimeout=3", USER, PASSWORD)) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("cannot connect to " + URL + " as " + USER + ": " + e.getMessage());
        }
    }

    /** Creates a new, empty schema and returns its name. */
    static String createSchema() throws SQLException {
        String schema = "stratum_test_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    static void dropSchema(String schema) throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    /** A JDBC URL whose connections work in {@code schema}. */
    static String urlFor(String schema) {
        return URL + separator() + "currentSchema=" + schema;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String separator() {
        return URL.contains("?") ? "&" : "?";
    }

    private static String environment(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
