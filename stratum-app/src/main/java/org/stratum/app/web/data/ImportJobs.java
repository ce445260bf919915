package org.stratum.app.web.data;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import org.stratum.app.StratumProperties;
import org.stratum.app.audit.AuditLog;
import org.stratum.engine.ingest.ImportRejected;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.Importer.ImportOutcome;
import org.stratum.engine.ingest.Reject;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Imports started from the web app, run one at a time on a worker thread so that the page can
 * show their progress. The warehouse allows one import at a time anyway; here a second request is
 * refused at once instead of waiting unseen.
 *
 * <p>Lifecycle: the worker thread starts with the first import. When the application closes, a
 * running import is stopped at its next progress report (its transaction rolls back, so nothing of
 * it is stored) and the thread ends, before the warehouse is closed: this listener runs first
 * among those of the closing event, and whoever started the application closes the warehouse on
 * that event or later.
 */
@Service
class ImportJobs implements ApplicationListener<ContextClosedEvent>, Ordered, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /** Finished jobs kept for the page (outcome, rejects download); older ones are forgotten. */
    static final int JOBS_KEPT = 20;
    static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final ObjectProvider<Warehouse> warehouse;
    private final Importer importer;
    private final Uploads uploads;
    private final AuditLog audit;
    private final Path rejectsFolder;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "stratum-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportJob> eldest) {
            return size() > JOBS_KEPT;
        }
    };
    private volatile ImportJob latest;
    private volatile boolean closing;

    /** The importer is the engine's, with its built-in formats, unless the application defines one. */
    ImportJobs(ObjectProvider<Warehouse> warehouse, ObjectProvider<Importer> importer, Uploads uploads, AuditLog audit,
               StratumProperties properties) {
        this.warehouse = warehouse;
        this.importer = importer.getIfAvailable(Importer::withBuiltInFormats);
        this.uploads = uploads;
        this.audit = audit;
        this.rejectsFolder = properties.dataDir().toAbsolutePath().normalize().resolve("rejects");
    }

    /** Whether this application has a warehouse to import into (command-line tasks run without one). */
    boolean available() {
        return warehouse.getIfAvailable() != null;
    }

    /** The most recent import started here, running or ended. */
    Optional<ImportJob> latest() {
        return Optional.ofNullable(latest);
    }

    Optional<ImportJob> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /**
     * Stores the uploaded files and starts importing them. Synchronised, so that of two uploads sent
     * together the second waits for the first to be stored, then finds it running.
     *
     * @throws ImportAlreadyRunning while another import runs (nothing is stored)
     * @throws UploadRejected       when a file name is not a plain name, or the format cannot be told
     */
    synchronized ImportJob start(ImportForm form, List<MultipartFile> files, String username) {
        Warehouse target = warehouse.getIfAvailable();
        if (target == null || closing) {
            throw new IllegalStateException("There is no warehouse to import into");
        }
        ImportJob running = latest;
        if (running != null && running.running()) {
            throw new ImportAlreadyRunning(running);
        }
        String format = form.engineFormat(Uploads.safeNames(files));
        Uploads.Upload upload = uploads.store(form.getSource(), files, Instant.now());
        ImportJob job;
        try {
            ImportRequest request = new ImportRequest(form.getSource(), format, upload.files(), form.isReplace(),
                    username, form.isAcceptPartial(), form.isDryRun(), false);
            audit.record(username, "data.upload", upload.name(), AuditText.upload(upload));
            job = new ImportJob(UUID.randomUUID().toString(), request, upload, Instant.now());
            worker.execute(() -> run(target, job));
        } catch (RuntimeException e) {
            uploads.discard(upload);
            throw e;
        }
        synchronized (jobs) {
            jobs.put(job.id(), job);
        }
        latest = job;
        return job;
    }

    private void run(Warehouse target, ImportJob job) {
        try {
            importInto(target, job);
        } catch (RuntimeException | Error e) {
            // The files are kept: whether the warehouse committed before the failure is not known here,
            // and a committed import must be able to read its files again when the warehouse is rebuilt.
            log.error("The import of {} failed", job.upload().name(), e);
            job.failed("The import failed: " + e.getMessage());
            if (e instanceof Error error) {
                throw error;
            }
        } finally {
            recordOutcome(job);
            job.close();
        }
    }

    private void importInto(Warehouse target, ImportJob job) {
        Path folder = job.upload().folder();
        String rejectsName = folder.getFileName().toString();
        try {
            ImportOutcome outcome = importer.run(target, job.request(), (read, total, file) -> {
                if (closing) {
                    throw new ImportStopped();
                }
                job.progressed(read, total, file);
            });
            List<Reject> rejects = UploadRejects.namedAsUploaded(outcome.rejects(), folder);
            job.finished(new ImportOutcome(outcome.entry(), outcome.alreadyLoaded(), rejects, outcome.skipped()),
                    rejects.isEmpty() ? null : UploadRejects.write(rejectsFolder, rejectsName, rejects));
            if (outcome.alreadyLoaded() || job.request().dryRun()) {
                // No recorded import reads these copies (the ledger names the earlier import's files).
                uploads.discard(job.upload());
            }
        } catch (ImportRejected rejected) {
            // All or nothing: nothing was stored, and no recorded import will ever read these files.
            List<Reject> rejects = UploadRejects.namedAsUploaded(rejected.rejects(), folder);
            job.refused(rejects, UploadRejects.write(rejectsFolder, rejectsName, rejects));
            uploads.discard(job.upload());
        } catch (ImportStopped stopped) {
            job.failed("The application was stopped during the import; nothing of it was stored. Upload the files again.");
            uploads.discard(job.upload());
        }
    }

    private void recordOutcome(ImportJob job) {
        try {
            audit.record(job.request().importedBy(), job.request().dryRun() ? "data.import.dry-run" : "data.import",
                    job.upload().name(), AuditText.ending(job));
        } catch (RuntimeException e) {
            log.error("Cannot record the end of the import of {} in the audit log", job.upload().name(), e);
        }
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        stop();
    }

    @Override
    public void destroy() {
        stop();
    }

    /** Runs before other listeners of the closing event, which may close the warehouse. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private void stop() {
        closing = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("An import did not stop within {} s; interrupting it", STOP_WAIT.toSeconds());
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown from the progress report to stop an import while the application closes. */
    private static final class ImportStopped extends RuntimeException {
        ImportStopped() {
            super("The application is closing", null, false, false);
        }
    }
}
