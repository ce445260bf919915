package org.stratum.app.web.data;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.stratum.engine.warehouse.LedgerEntry;

/**
 * One recorded import as the Data page lists it: aggregate facts only (who, when, counts, files),
 * never a record. Files are named without this machine's folders.
 */
record ImportHistoryRow(String importId, ZonedDateTime finishedAt, String source, String format, String importedBy,
                        boolean replaceSource, long rowsLoaded, List<TableRows> rowsByTable, long rowsRejected,
                        List<SourceFile> files, long bytes, int filesNotShown) {

    /** Files listed per import; an import of test-case folders reads hundreds. */
    static final int FILES_SHOWN = 50;
    private static final int SHA_SHOWN = 12;

    /** A file the import read: its name, size, and SHA-256 (shortened for reading, whole for checking). */
    record SourceFile(String name, String size, String sha256Short, String sha256) {
    }

    /** The recorded imports, newest first. */
    static List<ImportHistoryRow> newestFirst(List<LedgerEntry> oldestFirst, ZoneId zone) {
        List<ImportHistoryRow> rows = new ArrayList<>();
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            rows.add(of(oldestFirst.get(i), zone));
        }
        return rows;
    }

    static ImportHistoryRow of(LedgerEntry entry, ZoneId zone) {
        List<SourceFile> files = entry.files().stream().limit(FILES_SHOWN)
                .map(f -> new SourceFile(nameOf(f.path()), FileSizes.readable(f.bytes()),
                        f.sha256().substring(0, Math.min(SHA_SHOWN, f.sha256().length())), f.sha256()))
                .toList();
        return new ImportHistoryRow(entry.importId(), entry.finishedAt().atZone(zone), entry.source(), entry.format(),
                entry.importedBy(), entry.replaceSource(), entry.totalRowsLoaded(), TableRows.of(entry.rowsLoaded()),
                entry.rowsRejected(), files, entry.files().stream().mapToLong(LedgerEntry.SourceFile::bytes).sum(),
                entry.files().size() - files.size());
    }

    public String totalSize() {
        return FileSizes.readable(bytes);
    }

    public int fileCount() {
        return files.size() + filesNotShown;
    }

    private static String nameOf(String path) {
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }
}
