package org.stratum.engine.ingest.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads an import's files on a thread of its own while the import's connection loads what was read
 * before, so that reading lines and decoding UTF-8 overlap DuckDB's work instead of alternating with
 * it. What the reader finds reaches the session in batches through a bounded queue, in file order:
 * the session sees exactly what it would have seen reading the files itself, on its own thread, and
 * memory holds a few batches at most.
 */
final class ReadAhead implements ResourceSink {
    private static final int BATCH = 1_024;
    private static final int BATCHES_AHEAD = 32;
    private static final List<Consumer<FhirImportSession>> END = List.of();

    private final BlockingQueue<List<Consumer<FhirImportSession>>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private List<Consumer<FhirImportSession>> batch = new ArrayList<>(BATCH);
    private volatile boolean abandoned;
    private volatile Throwable failure;

    private ReadAhead() {
    }

    /**
     * Runs {@code reading} on a reader thread and hands everything it finds to {@code session} on this
     * thread. Returns when the reading is done and the session has seen all of it; rethrows what the
     * reading threw. If the session throws, the reader is stopped (it stops at its next batch) and the
     * exception goes on once it has.
     */
    static void readInto(FhirImportSession session, Consumer<ReadAhead> reading) {
        ReadAhead ahead = new ReadAhead();
        Thread reader = new Thread(() -> ahead.readAll(reading), "fhir-read-ahead");
        reader.setDaemon(true);
        reader.start();
        try {
            for (List<Consumer<FhirImportSession>> next = ahead.take(); next != END; next = ahead.take()) {
                next.forEach(event -> event.accept(session));
            }
        } finally {
            ahead.abandoned = true;
            ahead.queue.clear();
            joinUninterruptibly(reader);
        }
        if (ahead.failure instanceof RuntimeException e) {
            throw e;
        }
        if (ahead.failure instanceof Error e) {
            throw e;
        }
    }

    /** Something for the session to do on its own thread once everything read before it is done. */
    void later(Consumer<FhirImportSession> event) {
        batch.add(event);
        if (batch.size() >= BATCH) {
            send(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    @Override
    public void resource(RawResource resource) {
        later(session -> session.resource(resource));
    }

    @Override
    public void problem(SourceProblem problem) {
        later(session -> session.problem(problem));
    }

    @Override
    public void notFhir() {
        later(FhirImportSession::notFhir);
    }

    private void readAll(Consumer<ReadAhead> reading) {
        try {
            try {
                reading.accept(this);
            } catch (CancellationException stopped) {
                throw stopped;
            } catch (Throwable e) {
                failure = e; // what was read before it still reaches the session, then the failure
            }
            send(batch);
            send(END);
        } catch (CancellationException stopped) {
            // the session failed and no longer listens
        }
    }

    private void send(List<Consumer<FhirImportSession>> events) {
        try {
            while (!queue.offer(events, 100, TimeUnit.MILLISECONDS)) {
                if (abandoned) {
                    throw new CancellationException("the import stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the import was interrupted");
        }
    }

    private static void joinUninterruptibly(Thread reader) {
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Consumer<FhirImportSession>> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted while reading its files", e);
        }
    }
}
