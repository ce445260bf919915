package org.stratum.engine.ingest.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.stratum.engine.ingest.ImportFormat;
import org.stratum.engine.ingest.ImportOptions;
import org.stratum.engine.ingest.LoadResult;
import org.stratum.engine.ingest.ImportRejected;
import org.stratum.engine.warehouse.WarehouseSchema;
import org.stratum.engine.warehouse.WarehouseSchema.Column;

/**
 * The Stratum CSV layout: one file per warehouse table, named after it ({@code patient.csv},
 * {@code encounter.csv}, optionally gzip-compressed), with a header row of the table's column names
 * except {@code source}. DuckDB reads the files itself, typed by the warehouse schema.
 */
public final class StratumCsvFormat implements ImportFormat {
    public static final String NAME = "stratum-csv";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(csvFilesIn(path));
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new ImportRejected(path, "there is no such file or folder");
            }
        }
        for (Path file : files) {
            String table = tableOf(file);
            if (!WarehouseSchema.DATA_TABLES.contains(table)) {
                throw new ImportRejected(file, "not a Stratum CSV file: expected one of "
                        + WarehouseSchema.DATA_TABLES.stream().map(t -> t + ".csv").collect(Collectors.joining(", ")));
            }
        }
        if (files.isEmpty()) {
            throw new ImportRejected(paths.get(0), "no Stratum CSV files (patient.csv, encounter.csv, …) found");
        }
        files.sort(Comparator.comparingInt(f -> WarehouseSchema.DATA_TABLES.indexOf(tableOf(f))));
        return files;
    }

    @Override
    public LoadResult load(Connection transaction, ImportOptions options, List<Path> files) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        long total = files.stream().mapToLong(StratumCsvFormat::size).sum();
        long done = 0;
        for (Path file : files) {
            options.progress().update(done, total, file);
            String table = tableOf(file);
            List<Column> columns = CsvHeader.read(file, table);
            try (PreparedStatement insert = transaction.prepareStatement(insertSql(table, columns))) {
                insert.setString(1, options.source());
                insert.setString(2, file.toString());
                rows.merge(table, (long) insert.executeUpdate(), Long::sum);
            } catch (SQLException e) {
                throw DuckDbCsvError.toRejection(file, table, e);
            }
            done += size(file);
        }
        options.progress().update(total, total, files.get(files.size() - 1));
        return LoadResult.loaded(rows);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static String tableOf(Path file) {
        String name = file.getFileName().toString();
        return name.replaceFirst("\\.csv(\\.gz)?$", "");
    }

    private static List<Path> csvFilesIn(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches(".+\\.csv(\\.gz)?"))
                    .sorted()
                    .collect(Collectors.toCollection(ArrayList::new));
        } catch (IOException e) {
            throw new ImportRejected(folder, "the folder cannot be listed (" + e.getMessage() + ")");
        }
    }

    /**
     * The names and types come from the warehouse catalogue (the header was checked against it), so
     * nothing from the file reaches the SQL text; the source name and path are bind parameters.
     */
    private static String insertSql(String table, List<Column> fileColumns) {
        String names = fileColumns.stream().map(Column::name).collect(Collectors.joining(", "));
        String types = fileColumns.stream()
                .map(c -> "'" + c.name() + "': '" + c.type() + "'")
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + names + ", source) SELECT " + names + ", ?"
                + " FROM read_csv(?, header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
                + " nullstr = '', dateformat = '%Y-%m-%d', compression = 'auto', columns = {" + types + "})";
    }
}
