package org.stratum.engine.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.stratum.engine.ingest.ImportOptions;
import org.stratum.engine.ingest.ImportProgress;
import org.stratum.engine.ingest.LoadResult;
import org.stratum.engine.warehouse.Warehouse;

/** The files are read on another thread; the session must see what it would have seen reading them itself. */
class ReadAheadTest {
    private static final String PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"p%d\",\"gender\":\"female\"}";

    @Test
    void theSessionGetsEveryResourceAndProblemInTheOrderTheyWereRead() throws SQLException {
        try (Warehouse warehouse = Warehouse.inMemory(); Connection sql = warehouse.connect()) {
            FhirImportSession session = new FhirImportSession(sql, options(), List.of(Path.of("patients.ndjson")), 1_000);

            ReadAhead.readInto(session, reader -> {
                reader.later(s -> s.startFile(0, null));
                for (int i = 1; i <= 5_000; i++) {
                    reader.resource(new RawResource(i, -1, PATIENT.formatted(i)));
                }
                reader.problem(new SourceProblem(5_001, -1, "the line is not UTF-8 text"));
            });
            LoadResult loaded = session.finish();

            assertThat(loaded.rowsLoaded()).containsEntry("patient", 5_000L);
            assertThat(loaded.rejects()).singleElement().satisfies(reject -> assertThat(reject.line()).isEqualTo(5_001));
        }
    }

    @Test
    void theReaderRunsAheadByNoMoreTextThanItsBudget() throws SQLException {
        try (Warehouse warehouse = Warehouse.inMemory(); Connection sql = warehouse.connect()) {
            FhirImportSession session = new FhirImportSession(sql, options(), List.of(Path.of("patients.ndjson")), 1_000);
            String large = "{\"resourceType\":\"Patient\",\"id\":\"p%d\",\"text\":{\"div\":\"" + "x".repeat(100_000) + "\"}}";
            AtomicLong seen = new AtomicLong();
            AtomicLong mostAhead = new AtomicLong();

            ReadAhead.readInto(session, reader -> {
                reader.later(s -> s.startFile(0, null));
                for (int i = 1; i <= 200; i++) {
                    reader.resource(new RawResource(i, -1, large.formatted(i)));
                    mostAhead.accumulateAndGet(i - seen.get(), Math::max);
                    reader.later(s -> {
                        seen.incrementAndGet();
                        sleepAMillisecond(); // a session slower than the reader
                    });
                }
            }, 1_000_000);

            assertThat(seen).hasValue(200);
            assertThat(mostAhead.get()).as("ten resources fit the budget, an eleventh waits").isBetween(2L, 11L);
            assertThat(session.finish().rowsLoaded()).containsEntry("patient", 200L);
        }
    }

    private static void sleepAMillisecond() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void whatTheReaderThrowsReachesTheImportAfterWhatItReadBefore() throws SQLException {
        try (Warehouse warehouse = Warehouse.inMemory(); Connection sql = warehouse.connect()) {
            FhirImportSession session = new FhirImportSession(sql, options(), List.of(Path.of("patients.ndjson")), 1_000);
            AtomicLong seen = new AtomicLong();

            assertThatThrownBy(() -> ReadAhead.readInto(session, reader -> {
                reader.later(s -> s.startFile(0, null));
                for (int i = 1; i <= 3_000; i++) {
                    reader.resource(new RawResource(i, -1, PATIENT.formatted(i)));
                    reader.later(s -> seen.incrementAndGet());
                }
                throw new UncheckedIOException(new java.io.IOException("disk gone"));
            })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");
            assertThat(seen).hasValue(3_000);
        }
    }

    @Test
    void whenTheSessionFailsTheReaderStops() throws SQLException {
        try (Warehouse warehouse = Warehouse.inMemory(); Connection sql = warehouse.connect()) {
            FhirImportSession session = new FhirImportSession(sql, options(), List.of(Path.of("patients.ndjson")), 1_000);
            AtomicLong read = new AtomicLong();

            assertThatThrownBy(() -> ReadAhead.readInto(session, reader -> {
                reader.later(s -> s.startFile(0, null));
                reader.later(s -> {
                    throw new IllegalStateException("the warehouse refused a chunk");
                });
                while (true) { // a reader that would never end on its own
                    reader.resource(new RawResource(read.incrementAndGet(), -1, PATIENT.formatted(read.get())));
                }
            })).hasMessage("the warehouse refused a chunk");

            long stoppedAt = read.get();
            assertThat(stoppedAt).as("the queue holds a few batches at most").isLessThan(100_000);
            assertThat(Thread.getAllStackTraces().keySet()).as("the reader has stopped")
                    .noneMatch(t -> t.getName().equals("fhir-read-ahead"));
        }
    }

    private static ImportOptions options() {
        return new ImportOptions("test", true, false, ImportProgress.NONE);
    }
}
