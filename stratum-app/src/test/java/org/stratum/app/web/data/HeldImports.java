package org.stratum.app.web.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.stratum.engine.ingest.ImportFormat;
import org.stratum.engine.ingest.ImportOptions;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.LoadResult;
import org.stratum.engine.ingest.csv.StratumCsvFormat;
import org.stratum.engine.ingest.fhir.FhirFormat;

/**
 * The engine's importer, whose FHIR imports can be held half-way through, so that a test sees an
 * import while it runs. A held import reports half of its bytes read, again and again, until it is
 * let go; then the real FHIR format loads the files. Unheld, imports run straight through.
 */
@TestConfiguration(proxyBeanMethods = false)
class HeldImports {

    private final AtomicReference<Hold> hold = new AtomicReference<>();

    /** One hold: reached when the import is half-way, let go by the test. */
    static final class Hold {
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        void awaitReached() throws InterruptedException {
            if (!reached.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("The import did not reach the hold within 30 s");
            }
        }

        void release() {
            released.countDown();
        }
    }

    /** Holds the next FHIR import half-way. */
    Hold holdNextImport() {
        Hold next = new Hold();
        hold.set(next);
        return next;
    }

    @Bean
    Importer heldImporter() {
        return new Importer(List.of(new StratumCsvFormat(), new HeldFhirFormat()));
    }

    private final class HeldFhirFormat implements ImportFormat {
        private final FhirFormat fhir = new FhirFormat();

        @Override
        public String name() {
            return fhir.name();
        }

        @Override
        public List<Path> files(List<Path> paths) {
            return fhir.files(paths);
        }

        @Override
        public LoadResult load(Connection transaction, ImportOptions options, List<Path> files) throws SQLException {
            Hold held = hold.getAndSet(null);
            if (held != null) {
                long total = files.stream().mapToLong(HeldImports::size).sum();
                held.reached.countDown();
                try {
                    do {
                        options.progress().update(total / 2, total, files.get(0));
                    } while (!held.released.await(Duration.ofMillis(20).toMillis(), TimeUnit.MILLISECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while held", e);
                }
            }
            return fhir.load(transaction, options, files);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
