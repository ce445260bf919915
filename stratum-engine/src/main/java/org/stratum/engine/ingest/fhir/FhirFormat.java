package org.stratum.engine.ingest.fhir;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.stratum.engine.ingest.ImportFormat;
import org.stratum.engine.ingest.ImportOptions;
import org.stratum.engine.ingest.ImportRejected;
import org.stratum.engine.ingest.LoadResult;

/**
 * FHIR R4 in JSON: bulk-data NDJSON (one resource per line, one type per file or mixed), single
 * resources and Bundles (collection, transaction, batch, searchset), gzip-compressed or not, and
 * folders of them.
 */
public final class FhirFormat implements ImportFormat {
    public static final String NAME = "fhir";
    /** The longest NDJSON line accepted; a larger resource is certainly an error. */
    static final long MAX_LINE_BYTES = 64L << 20;

    private final int chunk;

    public FhirFormat() {
        this(FhirImportSession.DEFAULT_CHUNK);
    }

    /** Stages {@code chunk} resources at a time; tests use small chunks to cross chunk boundaries. */
    FhirFormat(int chunk) {
        this.chunk = chunk;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> found = Files.walk(path)) {
                    found.filter(Files::isRegularFile).filter(FhirFormat::isFhirFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new ImportRejected(path, "the folder cannot be read (" + e.getMessage() + ")");
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new ImportRejected(path, "there is no such file or folder");
            }
        }
        if (files.isEmpty()) {
            throw new ImportRejected(paths.get(0), "no FHIR files (.ndjson, .json, optionally .gz) found");
        }
        return files;
    }

    static boolean isFhirFile(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        return name.matches(".+\\.(ndjson|jsonl|json)(\\.gz)?");
    }

    /**
     * Runs DuckDB on one thread for the import (the warehouse resets it afterwards): the import's many
     * statements over one chunk each gain nothing from a second thread, which only contends for locks,
     * while the file reader needs the core. 100,000 patients took 45–50 s instead of 57–59 s
     * (docs/benchmarks.md).
     */
    @Override
    public LoadResult load(Connection transaction, ImportOptions options, List<Path> files) throws SQLException {
        try (Statement oneThread = transaction.createStatement()) {
            oneThread.execute("SET threads = 1");
        }
        FhirImportSession session = new FhirImportSession(transaction, options, files, chunk);
        long total = files.stream().mapToLong(FhirFormat::size).sum();
        ReadAhead.readInto(session, reader -> readAll(files, total, options, reader));
        options.progress().update(total, total, files.get(files.size() - 1));
        return session.finish();
    }

    /** Reads every file in order, on the reader's thread; the session does what it finds on its own. */
    private static void readAll(List<Path> files, long total, ImportOptions options, ReadAhead reader) {
        Map<Path, String> patientOfFolder = new HashMap<>();
        long done = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String context = null;
            if (options.testCaseFolders()) {
                Path folder = file.toAbsolutePath().getParent();
                context = patientOfFolder.computeIfAbsent(folder, f -> TestCaseFolders.patientIn(files.stream()
                        .filter(other -> f.equals(other.toAbsolutePath().getParent())).toList()).orElse(""));
            }
            int index = i;
            String patient = context == null || context.isEmpty() ? null : context;
            reader.later(session -> session.startFile(index, patient));
            if (context != null && context.isEmpty()) {
                reader.problem(new SourceProblem(0, -1, "this test-case folder has no Patient resource"));
                continue;
            }
            long before = done;
            read(file, reader, bytes -> reader.later(session -> options.progress().update(before + bytes, total, file)));
            done += size(file);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void read(Path file, ResourceSink sink, LongConsumer bytesRead) {
        String name = file.getFileName().toString().toLowerCase();
        try (InputStream raw = new BufferedInputStream(new CountingInputStream(Files.newInputStream(file), bytesRead),
                1 << 16);
             InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            if (name.matches(".+\\.(ndjson|jsonl)(\\.gz)?")) {
                new NdjsonReader(MAX_LINE_BYTES).read(in, sink);
            } else {
                new JsonDocumentReader().read(in, sink);
            }
        } catch (IOException e) {
            sink.problem(new SourceProblem(0, -1, "the file cannot be read (" + e.getMessage() + ")"));
        }
    }
}
