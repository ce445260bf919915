package org.stratum.engine.ingest.mapping;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes one table mapping's rows into its warehouse table: first removes the records of the source
 * that the rows replace (same identifier), then inserts the rows that have no problem.
 */
final class TableWrites {
    private final MappedRowsSql rows;
    private final String table;
    private final String source;

    TableWrites(MappedRowsSql rows, String source) {
        this.rows = rows;
        this.table = rows.table().table();
        this.source = source;
    }

    /** A re-imported record replaces the one of this source with the same identifier. */
    void removeReplaced(Connection sql, Path file) throws SQLException {
        String key = TableKeys.key(table).filter(rows.targets()::contains).orElse(null);
        if (key == null || !hasRowsOfSource(sql)) {
            return;
        }
        try {
            new Sql().text("DELETE FROM " + table + " WHERE source = ").param(source).text(" AND " + key
                    + " IN (SELECT t_" + key + " FROM (").add(rows.typedRows(false)).text(") WHERE t_" + key
                    + " IS NOT NULL)").update(sql);
        } catch (SQLException e) {
            throw CsvReadFailure.of(file, e);
        }
    }

    /** Inserts the rows, leaving out every row of the file with a problem; the number inserted. */
    int insert(Connection sql, int fileIndex, boolean excludeProblems) throws SQLException {
        List<String> targets = rows.targets();
        Sql insert = new Sql().text("INSERT INTO " + table + " (" + String.join(", ", targets) + ", source) SELECT ");
        for (String target : targets) {
            insert.text(selected(target, targets) + ", ");
        }
        insert.param(source).text(" FROM (").add(rows.typedRows(excludeProblems)).text(") t");
        if (excludeProblems) {
            insert.text(" WHERE t.rn NOT IN (SELECT rn FROM mapping_problem WHERE file_index = ").param(fileIndex).text(")");
        }
        return insert.update(sql);
    }

    /**
     * docs/data-model.md: who reported an answer is null when nobody reported anything (the response
     * is unknown), whatever the mapping says of the extract as a whole.
     */
    private String selected(String target, List<String> targets) {
        if (table.equals("patient_race_ethnicity") && target.equals("reporting_source") && targets.contains("response")) {
            return "CASE WHEN t.t_response = 'unknown' THEN NULL ELSE t.t_reporting_source END";
        }
        if (table.equals("patient") && target.equals("language_reporting_source") && targets.contains("language_response")) {
            return "CASE WHEN t.t_language_response = 'unknown' THEN NULL ELSE t.t_language_reporting_source END";
        }
        return "t.t_" + target;
    }

    private boolean hasRowsOfSource(Connection sql) throws SQLException {
        try (PreparedStatement query = sql.prepareStatement("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE source = ?)")) {
            query.setString(1, source);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
