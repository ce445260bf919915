package org.stratum.engine.warehouse;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One completed import as the ledger records it: enough to replay it exactly when the warehouse is
 * rebuilt (format, source files and their checksums, whether it replaced its source) and to show
 * the import history (who, when, how many rows).
 *
 * @param importId      unique id of the import
 * @param source        the data source the rows belong to, e.g. "demo" or "clinic-ehr"
 * @param format        the import format's name, e.g. "stratum-csv"
 * @param files         every file read, with size and SHA-256, in the order read
 * @param replaceSource whether the import first removed every row of its source
 * @param testCaseFolders whether each folder was read as one test case (see ImportOptions)
 * @param importedBy    who ran it
 * @param startedAt     when it started
 * @param finishedAt    when it committed
 * @param rowsLoaded    rows loaded per warehouse table
 * @param rowsRejected  rows reported back instead of loaded
 */
public record LedgerEntry(
        String importId,
        String source,
        String format,
        List<SourceFile> files,
        boolean replaceSource,
        boolean testCaseFolders,
        String importedBy,
        Instant startedAt,
        Instant finishedAt,
        Map<String, Long> rowsLoaded,
        long rowsRejected) {

    public LedgerEntry {
        files = List.copyOf(files);
        rowsLoaded = Map.copyOf(rowsLoaded);
    }

    public long totalRowsLoaded() {
        return rowsLoaded.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A file an import read: its absolute path, size in bytes and SHA-256 in hex. */
    public record SourceFile(String path, long bytes, String sha256) {
    }
}
