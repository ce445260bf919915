package org.stratum.engine.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;

/**
 * The analytic store: an embedded DuckDB file holding the canonical tables. It is derived data. On
 * opening, a warehouse of another schema version, a damaged file or one that lacks a recorded
 * import is rebuilt from the import ledger, with a notice saying why.
 */
public final class Warehouse implements AutoCloseable {
    private final DuckDBConnection connection;
    private final ImportLedger ledger;
    private final Object importLock = new Object();

    private Warehouse(DuckDBConnection connection, ImportLedger ledger) {
        this.connection = connection;
        this.ledger = ledger;
    }

    /** Opens (creating or rebuilding as needed) the warehouse of a data directory. */
    public static Warehouse open(DataDirectory directory, ImportReplay replay, Consumer<String> notices) {
        Path file = directory.warehouseFile();
        ImportLedger ledger = new ImportLedger(directory.ledgerFile());
        String problem = Files.exists(file) ? WarehouseCheck.problemWith(file, ledger) : null;
        if (Files.exists(file) && problem == null) {
            return new Warehouse(connect(file), ledger);
        }
        List<LedgerEntry> entries = ledger.entries();
        if (problem != null) {
            notices.accept("The warehouse " + file + " " + problem + "; rebuilding it from "
                    + plural(entries.size(), "recorded import") + ".");
        } else if (!entries.isEmpty()) {
            notices.accept("There is no warehouse at " + file + "; rebuilding it from "
                    + plural(entries.size(), "recorded import") + ".");
        }
        WarehouseRebuild.run(directory, entries, replay, notices);
        return new Warehouse(connect(file), ledger);
    }

    /** A throw-away warehouse in memory, for evaluating a folder of files without a data directory. */
    public static Warehouse inMemory() {
        try {
            DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
            connection.setAutoCommit(false);
            WarehouseSchema.create(connection);
            connection.commit();
            connection.setAutoCommit(true);
            return new Warehouse(connection, null);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create an in-memory warehouse", e);
        }
    }

    /** A new connection to this warehouse, for one thread at a time; close it when done. */
    public Connection connect() {
        try {
            return connection.duplicate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open a connection to the warehouse", e);
        }
    }

    /**
     * Runs one import as a single transaction: all of it is stored, with its record in
     * {@code import_batch}, or none of it. After the commit the entry is appended to the ledger.
     */
    public LedgerEntry importBatch(ImportBatch batch) {
        return runBatch(batch, true);
    }

    /**
     * Runs a load other than an import as one transaction recorded in the ledger, with its files'
     * SHA-256, so that a rebuild repeats it (see {@link RecordedLoad}).
     */
    public LedgerEntry record(RecordedLoad load, List<Path> files, String recordedBy) {
        List<LedgerEntry.SourceFile> fingerprints = files.stream().map(FileChecksum::of).toList();
        Instant startedAt = Instant.now();
        return importBatch(transaction -> {
            Map<String, Long> rows = load.load(transaction, files, startedAt);
            return new LedgerEntry(UUID.randomUUID().toString(), load.name(), load.name(), fingerprints, false, false,
                    recordedBy, startedAt, Instant.now(), rows, 0);
        });
    }

    /** Runs an import and rolls it back whatever happens: a dry run that stores nothing. */
    public LedgerEntry rehearseImport(ImportBatch batch) {
        return runBatch(batch, false);
    }

    private LedgerEntry runBatch(ImportBatch batch, boolean commit) {
        synchronized (importLock) {
            try (Connection transaction = connect()) {
                Optional<String> cap = DuckDbMemory.importLimit();
                if (cap.isPresent()) {
                    setting(transaction, "SET memory_limit = '" + cap.get() + "'"); // a constant, not input
                }
                transaction.setAutoCommit(false);
                try {
                    LedgerEntry entry = batch.load(transaction);
                    if (!commit) {
                        transaction.rollback();
                        return entry;
                    }
                    ImportBatchTable.insert(transaction, entry);
                    transaction.commit();
                    if (ledger != null) {
                        ledger.append(entry);
                    }
                    return entry;
                } catch (SQLException | RuntimeException e) {
                    transaction.rollback();
                    throw e;
                } finally {
                    transaction.setAutoCommit(true);
                    if (cap.isPresent()) {
                        setting(transaction, "RESET memory_limit");
                    }
                    setting(transaction, "RESET threads"); // a FHIR import runs DuckDB on one thread
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The import failed in the warehouse: " + e.getMessage(), e);
            }
        }
    }

    /** DuckDB's settings are one for the whole database: an import's last only while it runs. */
    private static void setting(Connection connection, String statement) throws SQLException {
        try (Statement set = connection.createStatement()) {
            set.execute(statement);
        }
    }

    /** The imports this warehouse holds, oldest first. */
    public List<LedgerEntry> imports() {
        try (Connection c = connect()) {
            return ImportBatchTable.entries(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the import history", e);
        }
    }

    public WarehouseSummary summary() {
        try (Connection c = connect(); Statement statement = c.createStatement()) {
            long patients = count(statement, "patient");
            Map<String, Long> records = new LinkedHashMap<>();
            for (String table : WarehouseSchema.RECORD_TABLES) {
                records.put(table, count(statement, table));
            }
            Optional<WarehouseSummary.LastImport> last = ImportBatchTable.last(c);
            return new WarehouseSummary(patients, records, last);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot summarise the warehouse", e);
        }
    }

    /** The care sites the imported data names, by id. */
    public List<CareSiteRef> careSites() {
        List<CareSiteRef> sites = new ArrayList<>();
        try (Connection c = connect(); Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT site_id, any_value(name) FROM care_site GROUP BY site_id ORDER BY site_id")) {
            while (rows.next()) {
                sites.add(new CareSiteRef(rows.getString(1), rows.getString(2)));
            }
            return sites;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the care sites", e);
        }
    }

    /** A care site as the warehouse knows it. */
    public record CareSiteRef(String siteId, String name) {
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot close the warehouse", e);
        }
    }

    static DuckDBConnection connect(Path file) {
        try {
            return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file, DuckDbMemory.settings());
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("Could not set lock")) {
                throw new WarehouseInUse(file, lockHolder(e.getMessage()));
            }
            if (DuckDbMemory.limit().isPresent() && String.valueOf(e.getMessage()).contains("memory")) {
                throw new WarehouseRebuildFailed(DuckDbMemory.VARIABLE + " is '" + DuckDbMemory.limit().get()
                        + "', which DuckDB cannot use as a memory limit (write it like 4GB or 512MB): " + firstLine(e), e);
            }
            throw new WarehouseRebuildFailed("The warehouse " + file + " cannot be opened: " + firstLine(e), e);
        }
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String lockHolder(String message) {
        int pid = message.indexOf("PID");
        return pid >= 0 ? message.substring(pid).split("[)\\n]")[0].trim() : "it holds the file lock";
    }

    static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        return message.lines().findFirst().orElse(message);
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The work of one import: loads rows through the transaction and describes what it did. */
    @FunctionalInterface
    public interface ImportBatch {
        LedgerEntry load(Connection transaction) throws SQLException;
    }
}
