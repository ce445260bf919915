package org.stratum.engine.real.census;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.stratum.engine.warehouse.RecordedLoad;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The service area's population by race and ethnicity per ZCTA, as the user supplies it (a CSV with
 * a {@code ZCTA5} column and the {@link CensusCategory} columns, e.g. the CFPB's table of the 2020
 * census DHC). Kept in the warehouse table {@code census_zcta}; loading a file replaces the table
 * whole, and a file with any bad line changes nothing. Each load is recorded in the import ledger
 * ({@link RecordedLoad}), so a rebuilt warehouse has the table again.
 */
public final class CensusTable {
    static final String TABLE = "census_zcta";
    /** The source and format name of a census load in the import ledger. */
    public static final String LOAD_NAME = "census-zcta";
    static final String ZCTA_COLUMN = "ZCTA5";
    private static final Pattern ZCTA = Pattern.compile("\\d{5}");

    private final Warehouse warehouse;

    public CensusTable(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** One ZCTA's population in each category. */
    record Zcta(String zcta, double[] population) {
        double total() {
            double total = 0;
            for (double p : population) {
                total += p;
            }
            return total;
        }
    }

    /**
     * Reads the whole file, then replaces the table with it, recorded in the import ledger so that a
     * rebuilt warehouse loads the same file again.
     *
     * @param loadedBy who loads it, as the ledger records it
     * @return the number of ZCTAs loaded
     * @throws CensusFileRejected naming the file, line and column of the first problem
     */
    public int load(Path file, String loadedBy) {
        List<Zcta> rows = read(file);
        warehouse.record(new Load(rows), List.of(file.toAbsolutePath().normalize()), loadedBy);
        return rows.size();
    }

    /** The recorded load for replaying the ledger: it reads the recorded file again. */
    public static RecordedLoad replay() {
        return new Load(null);
    }

    /** Replaces the table with the rows given, or with those of the file when none are given. */
    private record Load(List<Zcta> rows) implements RecordedLoad {
        @Override
        public String name() {
            return LOAD_NAME;
        }

        @Override
        public Map<String, Long> load(Connection transaction, List<Path> files, Instant at) throws SQLException {
            List<Zcta> zctas = rows != null ? rows : read(files.get(0));
            try (Statement statement = transaction.createStatement()) {
                createIfMissing(statement);
                statement.execute("CREATE OR REPLACE TEMP TABLE census_staging AS SELECT * FROM " + TABLE + " LIMIT 0");
                try (DuckDBAppender appender = transaction.unwrap(DuckDBConnection.class)
                        .createAppender("temp", "main", "census_staging")) {
                    for (Zcta row : zctas) {
                        appender.beginRow();
                        appender.append(row.zcta());
                        for (double population : row.population()) {
                            appender.append(population);
                        }
                        appender.endRow();
                    }
                }
                statement.execute("DELETE FROM " + TABLE);
                statement.execute("INSERT INTO " + TABLE + " SELECT * FROM census_staging");
                statement.execute("DROP TABLE census_staging");
            }
            return Map.of(TABLE, (long) zctas.size());
        }
    }

    /** The number of ZCTAs loaded; 0 when no census table has been loaded. */
    public int zctas() {
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_name = '" + TABLE + "'")) {
                exists.next();
                if (exists.getLong(1) == 0) {
                    return 0;
                }
            }
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM " + TABLE)) {
                count.next();
                return count.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the census table: " + e.getMessage(), e);
        }
    }

    static void createIfMissing(Statement statement) throws SQLException {
        StringBuilder columns = new StringBuilder("zcta VARCHAR PRIMARY KEY");
        for (CensusCategory category : CensusCategory.values()) {
            columns.append(", ").append(category.name().toLowerCase()).append(" DOUBLE NOT NULL");
        }
        statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (" + columns + ")");
    }

    static List<Zcta> read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new CensusFileRejected(name + ": no such file");
        }
        List<Zcta> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            boolean headerChecked = false;
            for (NamedCsvRecord record : reader) {
                if (!headerChecked) {
                    checkHeader(name, record.getHeader());
                    headerChecked = true;
                }
                long line = record.getStartingLineNumber();
                String zcta = record.getField(ZCTA_COLUMN).strip();
                if (!ZCTA.matcher(zcta).matches()) {
                    throw rejected(name, line, ZCTA_COLUMN, "'" + zcta + "' is not a five-digit ZCTA");
                }
                if (!seen.add(zcta)) {
                    throw rejected(name, line, ZCTA_COLUMN, "ZCTA " + zcta + " is listed twice");
                }
                double[] population = new double[CensusCategory.values().length];
                for (CensusCategory category : CensusCategory.values()) {
                    population[category.ordinal()] = count(name, line, category.column(), record.getField(category.column()));
                }
                rows.add(new Zcta(zcta, population));
            }
        } catch (IOException e) {
            throw new CensusFileRejected(name + ": cannot be read (" + e.getMessage() + ")");
        } catch (CsvParseException e) {
            throw new CensusFileRejected(name + ": not a CSV file (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            // FastCSV: a record with fewer fields than the header
            throw new CensusFileRejected(name + ": " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new CensusFileRejected(name + ": no ZCTA rows under the header");
        }
        return rows;
    }

    private static void checkHeader(String name, List<String> header) {
        List<String> wanted = new ArrayList<>(List.of(ZCTA_COLUMN));
        for (CensusCategory category : CensusCategory.values()) {
            wanted.add(category.column());
        }
        for (String column : wanted) {
            if (!header.contains(column)) {
                throw new CensusFileRejected(name + ": line 1: column " + column + " is missing (expected columns: "
                        + String.join(", ", wanted) + ")");
            }
        }
    }

    private static double count(String name, long line, String column, String text) {
        try {
            double value = Double.parseDouble(text.strip());
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw rejected(name, line, column, "'" + text + "' is not a population count (0 or more)");
            }
            return value;
        } catch (NumberFormatException e) {
            throw rejected(name, line, column, "'" + text + "' is not a number");
        }
    }

    private static CensusFileRejected rejected(String name, long line, String column, String reason) {
        return new CensusFileRejected(name + ": line " + line + ": column " + column + ": " + reason);
    }
}
