package org.stratum.engine.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether an existing warehouse file can be used as it is. On the way it restores to the
 * ledger any import the warehouse committed but the ledger missed (a crash between the two).
 */
final class WarehouseCheck {
    private WarehouseCheck() {
    }

    /** Why the warehouse must be rebuilt, or {@code null} when it is sound and current. */
    static String problemWith(Path file, ImportLedger ledger) {
        Connection connection;
        try {
            connection = Warehouse.connect(file);
        } catch (WarehouseRebuildFailed unreadable) {
            return "cannot be read (" + Warehouse.firstLine(unreadable) + ")";
        }
        try (connection) {
            restoreMissingLedgerEntries(connection, ledger);
            int version = schemaVersion(connection);
            if (version != WarehouseSchema.VERSION) {
                return version < 0 ? "has no schema version"
                        : "was written by schema version " + version + " and this Stratum uses version "
                                + WarehouseSchema.VERSION;
            }
            Set<String> loaded = ImportBatchTable.entries(connection).stream()
                    .map(LedgerEntry::importId).collect(Collectors.toSet());
            long missing = ledger.entries().stream().filter(e -> !loaded.contains(e.importId())).count();
            return missing == 0 ? null : "lacks " + Warehouse.plural((int) missing, "recorded import");
        } catch (SQLException e) {
            return "cannot be read (" + Warehouse.firstLine(e) + ")";
        }
    }

    private static void restoreMissingLedgerEntries(Connection connection, ImportLedger ledger) {
        List<LedgerEntry> inWarehouse;
        try {
            inWarehouse = ImportBatchTable.entries(connection);
        } catch (SQLException | RuntimeException unreadable) {
            return;
        }
        Set<String> recorded = ledger.entries().stream().map(LedgerEntry::importId).collect(Collectors.toSet());
        inWarehouse.stream().filter(e -> !recorded.contains(e.importId())).forEach(ledger::append);
    }

    private static int schemaVersion(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT value FROM stratum_meta WHERE key = 'schema_version'")) {
            return rows.next() ? Integer.parseInt(rows.getString(1)) : -1;
        } catch (SQLException | NumberFormatException e) {
            return -1;
        }
    }
}
