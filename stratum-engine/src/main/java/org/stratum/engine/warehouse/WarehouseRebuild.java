package org.stratum.engine.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds a fresh warehouse from the ledger in a side file and only then puts it in place of the old
 * one, so a failed or interrupted rebuild leaves the previous file exactly as it was.
 */
final class WarehouseRebuild {
    private WarehouseRebuild() {
    }

    static void run(DataDirectory directory, List<LedgerEntry> entries, ImportReplay replay,
                    Consumer<String> notices) {
        Path target = directory.warehouseFile();
        Path side = directory.resolve("warehouse.rebuilding.duckdb");
        deleteWithWal(side);
        try {
            try (Connection connection = Warehouse.connect(side)) {
                connection.setAutoCommit(false);
                WarehouseSchema.create(connection);
                connection.commit();
                for (LedgerEntry entry : entries) {
                    replay.replay(connection, entry);
                    ImportBatchTable.insert(connection, entry);
                    connection.commit();
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("RESET threads"); // a FHIR import runs DuckDB on one thread
                    }
                    notices.accept("  restored import of " + entry.source() + " (" + entry.format() + ", "
                            + entry.totalRowsLoaded() + " rows, " + entry.finishedAt() + ")");
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT");
                }
            }
            // The old write-ahead log must go first: DuckDB would replay it onto the new file.
            Files.deleteIfExists(wal(target));
            Files.move(side, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            deleteWithWal(side);
            throw new WarehouseRebuildFailed("Rebuilding the warehouse failed: " + Warehouse.firstLine(e), e);
        } catch (RuntimeException e) {
            deleteWithWal(side);
            throw e;
        }
    }

    private static Path wal(Path file) {
        return file.resolveSibling(file.getFileName() + ".wal");
    }

    private static void deleteWithWal(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(wal(file));
        } catch (IOException e) {
            throw new WarehouseRebuildFailed("Cannot remove " + file + ": " + e.getMessage(), e);
        }
    }
}
