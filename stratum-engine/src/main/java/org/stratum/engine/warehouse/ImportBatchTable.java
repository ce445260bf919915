package org.stratum.engine.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@code import_batch}, the warehouse's own copy of its ledger entries. */
final class ImportBatchTable {
    private ImportBatchTable() {
    }

    static void insert(Connection transaction, LedgerEntry entry) throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement("""
                INSERT INTO import_batch (import_id, source, format, location, imported_by, started_at,
                                          finished_at, rows_loaded, rows_rejected, ledger_entry)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, entry.importId());
            insert.setString(2, entry.source());
            insert.setString(3, entry.format());
            insert.setString(4, entry.files().isEmpty() ? "" : entry.files().get(0).path());
            insert.setString(5, entry.importedBy());
            insert.setTimestamp(6, utc(entry.startedAt()));
            insert.setTimestamp(7, utc(entry.finishedAt()));
            insert.setLong(8, entry.totalRowsLoaded());
            insert.setLong(9, entry.rowsRejected());
            insert.setString(10, ImportLedger.toJson(entry));
            insert.executeUpdate();
        }
    }

    static List<LedgerEntry> entries(Connection connection) throws SQLException {
        List<LedgerEntry> entries = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT ledger_entry FROM import_batch ORDER BY finished_at, import_id")) {
            while (rows.next()) {
                entries.add(ImportLedger.fromJson(rows.getString(1)));
            }
        }
        return entries;
    }

    static Optional<WarehouseSummary.LastImport> last(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT source, format, finished_at, rows_loaded, rows_rejected
                     FROM import_batch ORDER BY finished_at DESC, import_id DESC LIMIT 1""")) {
            if (!rows.next()) {
                return Optional.empty();
            }
            return Optional.of(new WarehouseSummary.LastImport(rows.getString(1), rows.getString(2),
                    rows.getTimestamp(3).toLocalDateTime().toInstant(ZoneOffset.UTC), rows.getLong(4), rows.getLong(5)));
        }
    }

    /** Timestamps in the warehouse are UTC wall-clock values without a zone. */
    private static Timestamp utc(java.time.Instant instant) {
        return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }
}
