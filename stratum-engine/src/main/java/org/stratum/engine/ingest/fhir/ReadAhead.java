package org.stratum.engine.ingest.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads an import's files on a thread of its own while the import's connection loads what was read
 * before, so that reading lines and decoding UTF-8 overlap DuckDB's work instead of alternating with
 * it. What the reader finds reaches the session in batches through a bounded queue, in file order:
 * the session sees exactly what it would have seen reading the files itself, on its own thread. The
 * resources read ahead are bounded by their size too (a file of large resources would otherwise fill
 * the heap), so memory holds a few megabytes of text at most, or one resource larger than that.
 */
final class ReadAhead implements ResourceSink {
    private static final int BATCH = 1_024;
    private static final int BATCHES_AHEAD = 32;
    /** The characters of resource text that may wait for the session: 32 batches of typical resources. */
    static final int DEFAULT_BUDGET = 32 << 20;
    private static final List<Consumer<FhirImportSession>> END = List.of();

    private final BlockingQueue<List<Consumer<FhirImportSession>>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Semaphore budget;
    private final int budgetSize;
    private List<Consumer<FhirImportSession>> batch = new ArrayList<>(BATCH);
    private volatile boolean abandoned;
    private volatile Throwable failure;

    private ReadAhead(int budgetSize) {
        this.budgetSize = budgetSize;
        this.budget = new Semaphore(budgetSize);
    }

    /**
     * Runs {@code reading} on a reader thread and hands everything it finds to {@code session} on this
     * thread. Returns when the reading is done and the session has seen all of it; rethrows what the
     * reading threw. If the session throws, the reader is stopped (it stops at its next batch) and the
     * exception goes on once it has.
     */
    static void readInto(FhirImportSession session, Consumer<ReadAhead> reading) {
        readInto(session, reading, DEFAULT_BUDGET);
    }

    /** As {@link #readInto(FhirImportSession, Consumer)}, with {@code budget} characters of text read ahead at most. */
    static void readInto(FhirImportSession session, Consumer<ReadAhead> reading, int budget) {
        ReadAhead ahead = new ReadAhead(budget);
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
            sendBatch();
        }
    }

    @Override
    public void resource(RawResource resource) {
        int cost = Math.min(resource.json().length(), budgetSize); // one resource larger than the budget still goes
        reserve(cost);
        later(session -> {
            budget.release(cost);
            session.resource(resource);
        });
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
            reading.accept(this);
        } catch (CancellationException stopped) {
            return; // the session failed and no longer listens
        } catch (Throwable e) {
            failure = e; // what was read before it still reaches the session, then the failure
        }
        try {
            sendBatch();
            send(END);
        } catch (CancellationException stopped) {
            // the session failed and no longer listens
        }
    }

    /** Waits until the session has taken enough of what was read before; sends what is waiting first. */
    private void reserve(int cost) {
        if (budget.tryAcquire(cost)) {
            return;
        }
        if (!batch.isEmpty()) {
            sendBatch();
        }
        waitFor(() -> budget.tryAcquire(cost, 100, TimeUnit.MILLISECONDS));
    }

    private void sendBatch() {
        send(batch);
        batch = new ArrayList<>(BATCH);
    }

    private void send(List<Consumer<FhirImportSession>> events) {
        waitFor(() -> queue.offer(events, 100, TimeUnit.MILLISECONDS));
    }

    /** Something the reader waits for a while at a time, so that it notices when the session stops listening. */
    private interface Wait {
        boolean done() throws InterruptedException;
    }

    private void waitFor(Wait wait) {
        try {
            while (!wait.done()) {
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
