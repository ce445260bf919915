package org.stratum.app.web.data;

import java.util.stream.Collectors;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.warehouse.LedgerEntry;

/** What the audit log says about an upload and about how its import ended: counts, never records. */
final class AuditText {

    private AuditText() {
    }

    static String upload(Uploads.Upload upload) {
        return Counts.of(upload.files().size(), "file") + ": " + upload.files().stream()
                .map(f -> f.getFileName() + " (" + FileSizes.readable(Uploads.sizeOf(f)) + ")")
                .collect(Collectors.joining(", "));
    }

    static String ending(ImportJob job) {
        ImportRequest request = job.request();
        String options = "source " + request.source() + ", format " + request.format()
                + (request.replaceSource() ? ", replacing the source" : "")
                + (request.acceptPartial() ? ", partial accepted" : "") + ": ";
        ImportJob.Ending end = job.ending();
        return options + switch (end.state()) {
            case FINISHED -> finished(end, request.dryRun());
            case REFUSED -> "refused, nothing stored; " + Counts.of(end.rejects().size(), "record") + " rejected";
            case FAILED -> end.failure();
            case RUNNING -> throw new IllegalStateException("The import of " + job.upload().name() + " has not ended");
        };
    }

    private static String finished(ImportJob.Ending end, boolean dryRun) {
        if (end.outcome().alreadyLoaded()) {
            return "already imported, nothing stored";
        }
        LedgerEntry entry = end.outcome().entry();
        return (dryRun ? "dry run, nothing stored; would load " : "loaded ") + Counts.of(entry.totalRowsLoaded(), "row") + " "
                + TableRows.of(entry.rowsLoaded()).stream().map(t -> t.table() + " " + t.rows())
                        .collect(Collectors.joining(", ", "(", ")"))
                + "; " + Counts.of(end.rejects().size(), "record") + " rejected";
    }
}
