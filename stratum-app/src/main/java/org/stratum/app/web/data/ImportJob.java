package org.stratum.app.web.data;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer.ImportOutcome;
import org.stratum.engine.ingest.Reject;

/**
 * One import started from the web app: what it reads, how far it has got, and how it ended. Written
 * by the import's worker thread, read by page requests; each part is replaced whole, never changed.
 */
final class ImportJob {

    enum State { RUNNING, FINISHED, REFUSED, FAILED }

    /** How far the import has read: bytes of all its files, and the file being read. */
    record Progress(long bytesRead, long totalBytes, String file) {
    }

    /**
     * How the import ended.
     *
     * @param outcome     the engine's outcome (FINISHED only)
     * @param rejects     the records not loaded: of a partial import or a dry run, or those that refused it
     * @param rejectsFile the CSV listing every reject, or null when there were none
     * @param failure     why it failed (FAILED only)
     */
    record Ending(State state, Instant at, ImportOutcome outcome, List<Reject> rejects, Path rejectsFile, String failure) {
    }

    private final String id;
    private final ImportRequest request;
    private final Uploads.Upload upload;
    private final Instant startedAt;
    private volatile Progress progress;
    private volatile Ending ending;
    private volatile boolean closed;

    ImportJob(String id, ImportRequest request, Uploads.Upload upload, Instant startedAt) {
        this.id = id;
        this.request = request;
        this.upload = upload;
        this.startedAt = startedAt;
        long total = upload.files().stream().mapToLong(Uploads::sizeOf).sum();
        this.progress = new Progress(0, total, upload.files().get(0).getFileName().toString());
    }

    String id() {
        return id;
    }

    ImportRequest request() {
        return request;
    }

    Uploads.Upload upload() {
        return upload;
    }

    Instant startedAt() {
        return startedAt;
    }

    Progress progress() {
        return progress;
    }

    /** Null while the import runs. */
    Ending ending() {
        return ending;
    }

    State state() {
        Ending end = ending;
        return end == null ? State.RUNNING : end.state();
    }

    /** True until the ending is set and on record in the audit log: only then may another import start. */
    boolean running() {
        return !closed;
    }

    /** Called once the ending is in the audit log (or could not be written there). */
    void close() {
        closed = true;
    }

    void progressed(long bytesRead, long totalBytes, Path file) {
        progress = new Progress(bytesRead, totalBytes, file.getFileName().toString());
    }

    void finished(ImportOutcome outcome, Path rejectsFile) {
        Progress last = progress;
        progress = new Progress(last.totalBytes(), last.totalBytes(), last.file());
        ending = new Ending(State.FINISHED, Instant.now(), outcome, outcome.rejects(), rejectsFile, null);
    }

    void refused(List<Reject> rejects, Path rejectsFile) {
        ending = new Ending(State.REFUSED, Instant.now(), null, List.copyOf(rejects), rejectsFile, null);
    }

    void failed(String why) {
        ending = new Ending(State.FAILED, Instant.now(), null, List.of(), null, why);
    }

    /** Rows loaded per table, as the audit log and the page summarise them. */
    Map<String, Long> rowsLoaded() {
        Ending end = ending;
        return end == null || end.outcome() == null ? Map.of() : end.outcome().entry().rowsLoaded();
    }
}
