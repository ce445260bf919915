package org.stratum.app.web.data;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stratum.engine.ingest.Reject;
import org.stratum.engine.warehouse.LedgerEntry;

/**
 * The Data page's view of the latest import started from it: its progress while it runs, then its
 * outcome. Reject descriptions name records (file, line, resource id) and are shown to the roles
 * that import only.
 *
 * @param id          the job's id, for the rejects download
 * @param state       running, finished, refused or failed
 * @param bytesRead   bytes of the import's files read so far (compressed bytes for .gz files)
 * @param totalBytes  bytes of all its files
 * @param file        the file being read, by its name
 * @param headline    one sentence on the outcome; null while running
 * @param rowsByTable rows loaded (or, in a dry run, that would be) per table
 * @param skipped     records read but not used by Stratum, by resource type
 * @param rejectCount records not loaded
 * @param rejectsShown the first {@value #REJECTS_SHOWN} of them, described
 * @param rejectsFile whether a rejects CSV can be downloaded
 */
record ImportStatus(String id, ImportJob.State state, String source, String format, String startedBy,
                    ZonedDateTime startedAt, boolean dryRun, long bytesRead, long totalBytes, String file,
                    String headline, List<TableRows> rowsByTable, Map<String, Long> skipped, int rejectCount,
                    List<String> rejectsShown, boolean rejectsFile) {

    static final int REJECTS_SHOWN = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.ENGLISH);

    static ImportStatus of(ImportJob job, ZoneId zone) {
        ImportJob.Progress progress = job.progress();
        ImportJob.Ending end = job.ending();
        List<Reject> rejects = end == null ? List.of() : end.rejects();
        boolean finished = end != null && end.outcome() != null;
        return new ImportStatus(job.id(), job.state(), job.request().source(), job.request().format(),
                job.request().importedBy(), job.startedAt().atZone(zone), job.request().dryRun(),
                progress.bytesRead(), progress.totalBytes(), progress.file(), headline(job, zone),
                finished ? TableRows.of(end.outcome().entry().rowsLoaded()) : List.of(),
                finished ? end.outcome().skipped() : Map.of(), rejects.size(),
                rejects.stream().limit(REJECTS_SHOWN).map(Reject::describe).toList(),
                end != null && end.rejectsFile() != null);
    }

    public boolean running() {
        return state == ImportJob.State.RUNNING;
    }

    public boolean refused() {
        return state == ImportJob.State.REFUSED;
    }

    public boolean failed() {
        return state == ImportJob.State.FAILED;
    }

    /** Whole per cent of the bytes read; 100 for an import of empty files once it has ended. */
    public int percent() {
        if (totalBytes <= 0) {
            return running() ? 0 : 100;
        }
        return (int) Math.min(100, bytesRead * 100 / totalBytes);
    }

    public String amountRead() {
        return FileSizes.readable(bytesRead) + " of " + FileSizes.readable(totalBytes);
    }

    public int moreRejects() {
        return rejectCount - rejectsShown.size();
    }

    private static String headline(ImportJob job, ZoneId zone) {
        ImportJob.Ending end = job.ending();
        if (end == null) {
            return null;
        }
        return switch (end.state()) {
            case FINISHED -> finishedHeadline(job, end, zone);
            case REFUSED -> "Nothing was imported: " + Counts.of(end.rejects().size(), "record") + " rejected. Correct"
                    + " them and upload the files again, or accept a partial import to load the rest.";
            case FAILED -> end.failure();
            case RUNNING -> null;
        };
    }

    private static String finishedHeadline(ImportJob job, ImportJob.Ending end, ZoneId zone) {
        LedgerEntry entry = end.outcome().entry();
        if (end.outcome().alreadyLoaded()) {
            return "Already imported: these files are unchanged since the import of "
                    + WHEN.format(entry.finishedAt().atZone(zone)) + "; nothing was loaded again.";
        }
        boolean dryRun = job.request().dryRun();
        return (dryRun ? "Dry run: would import " : "Imported ") + Counts.of(entry.totalRowsLoaded(), "row") + " from "
                + Counts.of(entry.files().size(), "file") + " as source '" + entry.source() + "'"
                + (entry.replaceSource() ? ", replacing its earlier rows" : "") + (dryRun ? "; nothing was stored." : ".");
    }
}
