package org.stratum.engine.measure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stratum.core.measure.sql.SqlDialect;

/**
 * One connection's worth of measure logic: each named piece becomes a temporary table the next
 * pieces can read. Before running a piece, DuckDB's own parser confirms it is a single SELECT, so
 * logic from a user's file can only read. In probe mode every piece runs with {@code LIMIT 0}: the
 * database binds every table and column without computing anything, which is how definitions are
 * checked when they are loaded.
 */
final class LogicSession implements AutoCloseable {
    private static final Pattern MISSING_TABLE = Pattern.compile("Table with name (\\w+) does not exist");
    private static final Pattern MISSING_VALUE_SET = Pattern.compile("Table with name vs_(\\w+) does not exist");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final boolean probe;

    LogicSession(Connection connection, SqlDialect dialect, boolean probe) throws SQLException {
        this.connection = connection;
        this.probe = probe;
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TimeZone = 'UTC'");
            for (String definition : dialect.functionDefinitions()) {
                statement.execute(definition);
            }
        }
    }

    Connection connection() {
        return connection;
    }

    boolean probing() {
        return probe;
    }

    /**
     * Runs {@code sql} into the temporary table {@code name}.
     *
     * @param where the definition and part, for messages
     * @return the table's column names, lower case
     * @throws MeasureLogicError when the SQL is not a single SELECT or the database refuses it
     */
    List<String> relation(String where, String name, String sql) {
        return relation(where, name, sql, sql);
    }

    /**
     * Runs {@code query}, which wraps the author's {@code sql}, into the temporary table {@code name};
     * the author's SQL is the one checked to be a single SELECT.
     */
    List<String> relation(String where, String name, String sql, String query) {
        return create(where, "TABLE", name, sql, query);
    }

    /**
     * Makes {@code sql} readable as {@code name} without computing it: each piece that reads it runs
     * it again, so DuckDB can push that piece's filters into the scan instead of holding a copy.
     */
    List<String> view(String where, String name, String sql) {
        return create(where, "VIEW", name, sql, sql);
    }

    private List<String> create(String where, String kind, String name, String sql, String query) {
        requireSelect(where, sql);
        String body = probe ? "SELECT * FROM (" + query + "\n) AS logic LIMIT 0" : query;
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP " + kind + " " + name + " AS " + body);
            return columns(name);
        } catch (SQLException e) {
            throw new MeasureLogicError(where, reason(e), e);
        }
    }

    void drop(String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + name);
        }
    }

    /** DuckDB's parser reads the SQL into a tree; only a tree of exactly one SELECT may run. */
    private void requireSelect(String where, String sql) {
        try (PreparedStatement parse = connection.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
            parse.setString(1, sql);
            try (ResultSet result = parse.executeQuery()) {
                result.next();
                JsonNode tree = JSON.readTree(result.getString(1));
                if (tree.path("error").asBoolean(false)) {
                    String message = tree.path("error_message").asText("cannot be parsed");
                    throw new MeasureLogicError(where, message.contains("Only SELECT")
                            ? "is not a SELECT; measure logic may only read data" : message, null);
                }
                if (tree.path("statements").size() != 1) {
                    throw new MeasureLogicError(where, "give exactly one SELECT statement", null);
                }
            }
        } catch (SQLException e) {
            throw new MeasureLogicError(where, reason(e), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("DuckDB's parse tree is not JSON", e);
        }
    }

    private List<String> columns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT lower(column_name) FROM duckdb_columns() WHERE database_name = 'temp' AND table_name = ? ORDER BY column_index")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    /** DuckDB's message without its error-class prefix and query echo, value-set names made plain. */
    static String reason(SQLException e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").trim();
        message = message.replaceFirst("^[A-Za-z ]*Error: ", "");
        Matcher valueSet = MISSING_VALUE_SET.matcher(message);
        if (valueSet.find()) {
            return "unknown value set or code '" + valueSet.group(1) + "' (declare it under valueSets or codes)";
        }
        Matcher table = MISSING_TABLE.matcher(message);
        if (table.find()) {
            return "unknown table or definition '" + table.group(1) + "'";
        }
        return message;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
