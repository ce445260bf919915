package org.stratum.engine.ingest.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stratum.engine.ingest.ImportOptions;
import org.stratum.engine.ingest.LoadResult;

/**
 * One mapped CSV import inside its transaction. For each file, in load order: every table mapping's
 * rows are counted for problems in one pass; only when some have problems are they recorded row by row;
 * then the rows without problems are inserted (a row with any problem goes into no table). Records of
 * the same source with the identifiers being imported are removed first, so a changed record replaces
 * the old one. DuckDB reads the files and does every lookup and conversion.
 */
final class MappedImportSession {
    private final Connection sql;
    private final ImportOptions options;
    private final CsvMapping mapping;
    private final Map<ValueMap, Integer> mapIds = new IdentityHashMap<>();
    private final List<RowCheck> checks = new ArrayList<>();
    private final Map<String, Long> rows = new TreeMap<>();

    MappedImportSession(Connection transaction, ImportOptions options, CsvMapping mapping) {
        this.sql = transaction;
        this.options = options;
        this.mapping = mapping;
    }

    LoadResult load(List<SourceRead> files) throws SQLException {
        execute(resource("session.sql"));
        new ValueMapTable(sql).fill(usedMaps(files), mapIds);
        List<SourceRows> sources = new ArrayList<>();
        List<List<MappedRowsSql>> tables = new ArrayList<>();
        for (SourceRead file : files) {
            SourceRows rows = new SourceRows(file, sources.size());
            sources.add(rows);
            tables.add(file.spec().tables().stream().map(t -> new MappedRowsSql(t, rows, mapIds, mapping.timeZone())).toList());
        }
        for (int f = 0; f < files.size(); f++) {
            for (MappedRowsSql table : tables.get(f)) {
                new TableWrites(table, options.source()).removeReplaced(sql, files.get(f).file());
            }
        }
        long total = files.stream().mapToLong(f -> size(f.file())).sum();
        long done = 0;
        for (int f = 0; f < files.size(); f++) {
            options.progress().update(done, total, files.get(f).file());
            load(f, sources.get(f), tables.get(f));
            done += size(files.get(f).file());
        }
        if (!files.isEmpty()) {
            options.progress().update(total, total, files.get(files.size() - 1).file());
        }
        ProblemReport report = new ProblemReport(sql, checks, files);
        return new LoadResult(rows, report.rejects(), Map.of(), report.unmapped());
    }

    private void load(int index, SourceRows file, List<MappedRowsSql> tables) throws SQLException {
        boolean feedsPatients = tables.stream().anyMatch(t -> t.table().table().equals("patient"));
        boolean problems = false;
        try {
            file.stageIfReadOften(sql);
            for (MappedRowsSql table : tables) {
                RowChecksSql checked = new RowChecksSql(table, !feedsPatients, checks);
                long[] counts = counts(checked);
                if (counts[0] + counts[1] > 0) {
                    file.stage(sql);
                }
                if (counts[0] > 0) {
                    checked.problems(index).update(sql);
                }
                if (counts[1] > 0) {
                    checked.duplicates(index).update(sql);
                }
                problems |= counts[0] + counts[1] > 0;
            }
            for (MappedRowsSql table : tables) {
                int inserted = new TableWrites(table, options.source()).insert(sql, index, problems);
                rows.merge(table.table().table(), (long) inserted, Long::sum);
            }
            file.drop(sql);
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("CSV Error") || String.valueOf(e.getMessage()).contains("unicode")) {
                throw CsvReadFailure.of(file.source().file(), e);
            }
            throw e;
        }
    }

    private long[] counts(RowChecksSql checked) throws SQLException {
        try (PreparedStatement statement = checked.counts().prepare(sql); ResultSet result = statement.executeQuery()) {
            result.next();
            return new long[] {result.getLong(1), result.getLong(2)};
        }
    }

    /** Each value map once (by identity: a map is one object however many columns use it). */
    private static List<ValueMap> usedMaps(List<SourceRead> files) {
        Map<ValueMap, Boolean> used = new IdentityHashMap<>();
        files.stream().flatMap(f -> f.spec().tables().stream()).flatMap(t -> t.columns().stream())
                .map(ColumnMapping::map).filter(m -> m != null).forEach(m -> used.put(m, true));
        return List.copyOf(used.keySet());
    }

    private void execute(String statements) throws SQLException {
        try (Statement statement = sql.createStatement()) {
            statement.execute(statements);
        }
    }

    private static String resource(String name) {
        try (InputStream in = MappedImportSession.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
