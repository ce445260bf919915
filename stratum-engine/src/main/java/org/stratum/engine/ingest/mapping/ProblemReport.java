package org.stratum.engine.ingest.mapping;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stratum.engine.ingest.Reject;
import org.stratum.engine.ingest.UnmappedValue;

/**
 * Turns the rows of {@code mapping_problem} into what the import reports: one reject per problem with
 * file, line, field and reason, and the unmapped values with their counts and first lines.
 */
final class ProblemReport {
    private static final int EXAMPLE_LINES = 3;

    private final Connection sql;
    private final List<RowCheck> checks;
    private final List<SourceRead> files;
    private final Map<Integer, LineNumbers> lines = new HashMap<>();

    ProblemReport(Connection sql, List<RowCheck> checks, List<SourceRead> files) {
        this.sql = sql;
        this.checks = checks;
        this.files = files;
    }

    List<Reject> rejects() throws SQLException {
        Set<String> rejectedPatients = rejectedPatients();
        // A first dry run may reject every row for the same few unmapped values: share their reasons.
        Map<String, String> reasons = new HashMap<>();
        List<Reject> rejects = new ArrayList<>();
        try (PreparedStatement query = sql.prepareStatement("SELECT file_index, rn, check_id, value, row_key, other_rn"
                + " FROM mapping_problem ORDER BY file_index, rn, check_id"); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                int file = rows.getInt(1);
                RowCheck check = checks.get(rows.getInt(3));
                String key = rows.getString(5);
                LineNumbers numbers = lines(file);
                String value = rows.getString(4);
                long otherLine = numbers.line(rows.getLong(6));
                String reason = reasons.computeIfAbsent(check.id() + "\u0000" + value + "\u0000" + otherLine,
                        k -> check.kind() == CheckKind.NO_PATIENT && rejectedPatients.contains(value)
                                ? "patient \"" + value + "\" is rejected, so this record is too (" + check.table()
                                        + ".patient_id)"
                                : check.reason(value, otherLine));
                rejects.add(new Reject(path(file), numbers.line(rows.getLong(2)), -1,
                        key == null ? null : check.table() + "/" + key, check.field(), reason));
            }
        }
        return rejects;
    }

    List<UnmappedValue> unmapped() throws SQLException {
        List<UnmappedValue> unmapped = new ArrayList<>();
        String ids = checks.stream().filter(c -> c.kind() == CheckKind.UNMAPPED).map(c -> Integer.toString(c.id()))
                .reduce((a, b) -> a + ", " + b).orElse("-1");
        try (PreparedStatement query = sql.prepareStatement("SELECT file_index, check_id, value, count(*), min(rn, "
                + EXAMPLE_LINES + ") FROM mapping_problem WHERE check_id IN (" + ids + ")"
                + " GROUP BY ALL ORDER BY file_index, check_id, count(*) DESC, value");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                int file = rows.getInt(1);
                RowCheck check = checks.get(rows.getInt(2));
                List<Long> examples = new ArrayList<>();
                for (Object row : (Object[]) rows.getArray(5).getArray()) {
                    examples.add(lines(file).line(((Number) row).longValue()));
                }
                unmapped.add(new UnmappedValue(path(file), check.field(), check.detail(), rows.getString(3),
                        rows.getLong(4), examples.stream().sorted().distinct().toList()));
            }
        }
        return unmapped;
    }

    /**
     * The patients whose own row has a problem (a row of a table keyed by patient): records about them
     * are rejected for that, not for a missing patient.
     */
    private Set<String> rejectedPatients() throws SQLException {
        String ids = checks.stream().filter(c -> TableKeys.key(c.table()).filter("patient_id"::equals).isPresent())
                .map(c -> Integer.toString(c.id()))
                .reduce((a, b) -> a + ", " + b).orElse("-1");
        Set<String> keys = new HashSet<>();
        try (PreparedStatement query = sql.prepareStatement("SELECT DISTINCT row_key FROM mapping_problem WHERE check_id IN ("
                + ids + ") AND row_key IS NOT NULL"); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    private Path path(int file) {
        return files.get(file).file();
    }

    private LineNumbers lines(int file) throws SQLException {
        LineNumbers known = lines.get(file);
        if (known == null) {
            known = LineNumbers.of(files.get(file), rowsOfFile(file));
            lines.put(file, known);
        }
        return known;
    }

    private long[] rowsOfFile(int file) throws SQLException {
        try (PreparedStatement query = sql.prepareStatement("SELECT DISTINCT r FROM (SELECT rn AS r FROM mapping_problem"
                + " WHERE file_index = ? UNION ALL SELECT other_rn FROM mapping_problem WHERE file_index = ?"
                + " AND other_rn IS NOT NULL) ORDER BY r")) {
            query.setInt(1, file);
            query.setInt(2, file);
            long[] rows = new long[16];
            int n = 0;
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows = n == rows.length ? Arrays.copyOf(rows, n * 2) : rows;
                    rows[n++] = result.getLong(1);
                }
            }
            return Arrays.copyOf(rows, n);
        }
    }
}
