package org.stratum.engine.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stratum.engine.ingest.csv.StratumCsvFormat;
import org.stratum.engine.ingest.fhir.FhirFormat;
import org.stratum.engine.ingest.mapping.MappedCsvFormat;
import org.stratum.engine.real.bisg.BisgImputation;
import org.stratum.engine.real.census.CensusTable;
import org.stratum.engine.warehouse.FileChecksum;
import org.stratum.engine.warehouse.ImportReplay;
import org.stratum.engine.warehouse.RecordedLoad;
import org.stratum.engine.warehouse.LedgerEntry;
import org.stratum.engine.warehouse.LedgerEntry.SourceFile;
import org.stratum.engine.warehouse.Warehouse;
import org.stratum.engine.warehouse.WarehouseRebuildFailed;
import org.stratum.engine.warehouse.WarehouseSchema;

/**
 * Runs imports: finds the files, fingerprints them, loads them in one transaction and records the
 * import. It also replays recorded imports when the warehouse is rebuilt, and repeats the other loads the
 * ledger records (the census table, BISG runs).
 */
public final class Importer implements ImportReplay {
    /** What the ledger records besides imports, by the name it records them under. */
    private static final Map<String, RecordedLoad> RECORDED_LOADS = Map.of(
            CensusTable.LOAD_NAME, CensusTable.replay(), BisgImputation.LOAD_NAME, BisgImputation.replay());
    private final Map<String, ImportFormat> formats;

    public Importer(List<ImportFormat> formats) {
        this.formats = formats.stream().collect(Collectors.toUnmodifiableMap(ImportFormat::name, Function.identity()));
    }

    public static Importer withBuiltInFormats() {
        return new Importer(List.of(new StratumCsvFormat(), new FhirFormat(), new MappedCsvFormat()));
    }

    /**
     * The outcome of an import: what was recorded, whether it was skipped as already loaded, the
     * records it could not load (only when a partial import was accepted, or in a dry run), the
     * records it read but does not use, and the source values its mapping does not translate.
     */
    public record ImportOutcome(LedgerEntry entry, boolean alreadyLoaded, List<Reject> rejects,
                                Map<String, Long> skipped, List<UnmappedValue> unmapped) {
        public ImportOutcome {
            unmapped = List.copyOf(unmapped);
        }

        public ImportOutcome(LedgerEntry entry, boolean alreadyLoaded, List<Reject> rejects, Map<String, Long> skipped) {
            this(entry, alreadyLoaded, rejects, skipped, List.of());
        }

        static ImportOutcome unchanged(LedgerEntry entry) {
            return new ImportOutcome(entry, true, List.of(), Map.of());
        }
    }

    public ImportOutcome run(Warehouse warehouse, ImportRequest request) {
        return run(warehouse, request, ImportProgress.NONE);
    }

    public ImportOutcome run(Warehouse warehouse, ImportRequest request, ImportProgress progress) {
        ImportFormat format = format(request.format());
        List<Path> files = format.files(request.paths());
        Optional<LedgerEntry> previous = newestImportOf(warehouse, request.source())
                .filter(entry -> entry.format().equals(format.name()));
        // The checksums are needed before loading only when the files may be those loaded last time
        // (same names and sizes); otherwise they are computed on another thread while the files load.
        CompletableFuture<List<SourceFile>> checksums;
        if (previous.isPresent() && sameNamesAndSizes(previous.get().files(), files)) {
            List<SourceFile> now = checksums(files);
            if (sameContent(previous.get().files(), now) && !request.dryRun()) {
                return ImportOutcome.unchanged(previous.get());
            }
            checksums = CompletableFuture.completedFuture(now);
        } else {
            checksums = CompletableFuture.supplyAsync(() -> checksums(files));
        }
        Instant startedAt = Instant.now();
        ImportOptions options = new ImportOptions(request.source(), request.acceptPartial() || request.dryRun(),
                request.testCaseFolders(), progress);
        LoadResult[] result = new LoadResult[1];
        Warehouse.ImportBatch batch = transaction -> {
            if (request.replaceSource()) {
                deleteSource(transaction, request.source());
            }
            result[0] = format.load(transaction, options, files);
            if (!result[0].rejects().isEmpty() && !request.acceptPartial() && !request.dryRun()) {
                throw new ImportRejected(result[0].rejects());
            }
            return new LedgerEntry(UUID.randomUUID().toString(), request.source(), format.name(), joined(checksums),
                    request.replaceSource(), request.testCaseFolders(), request.importedBy(), startedAt, Instant.now(),
                    result[0].rowsLoaded(), result[0].rejects().size());
        };
        LedgerEntry entry = request.dryRun() ? warehouse.rehearseImport(batch) : warehouse.importBatch(batch);
        return new ImportOutcome(entry, false, result[0].rejects(), result[0].skipped(), result[0].unmapped());
    }

    @Override
    public void replay(Connection transaction, LedgerEntry entry) throws SQLException {
        RecordedLoad recorded = RECORDED_LOADS.get(entry.format());
        if (recorded != null) {
            requireUnchangedFiles(entry);
            recorded.load(transaction, entry.files().stream().map(f -> Path.of(f.path())).toList(), entry.startedAt());
            return;
        }
        ImportFormat format = format(entry.format());
        requireUnchangedFiles(entry);
        if (entry.replaceSource()) {
            deleteSource(transaction, entry.source());
        }
        LoadResult result = format.load(transaction, new ImportOptions(entry.source(), entry.rowsRejected() > 0,
                        entry.testCaseFolders(), ImportProgress.NONE),
                entry.files().stream().map(f -> Path.of(f.path())).toList());
        if (result.rejects().size() != entry.rowsRejected()) {
            throw new WarehouseRebuildFailed("Cannot rebuild the warehouse: replaying the import of " + entry.source()
                    + " on " + entry.finishedAt() + " rejected " + result.rejects().size() + " records where it had rejected "
                    + entry.rowsRejected() + "; a newer Stratum reads these files differently. Import them again.");
        }
    }

    private static void requireUnchangedFiles(LedgerEntry entry) {
        boolean imported = !RECORDED_LOADS.containsKey(entry.format());
        String what = imported ? "import of " + entry.source()
                : entry.format().equals(CensusTable.LOAD_NAME) ? "census table loaded" : "BISG imputation run";
        String without = "remove the line of " + entry.importId() + " from the data directory's imports.jsonl to"
                + " rebuild without it.";
        for (SourceFile recorded : entry.files()) {
            Path file = Path.of(recorded.path());
            if (!Files.isRegularFile(file)) {
                throw new WarehouseRebuildFailed("Cannot rebuild the warehouse: the " + what + " on " + entry.finishedAt()
                        + " read " + file + ", which is no longer there. Put it back, or " + (imported
                        ? "remove the data directory's imports.jsonl and import your data again." : without));
            }
            if (!FileChecksum.of(file).equals(recorded)) {
                throw new WarehouseRebuildFailed("Cannot rebuild the warehouse: " + file + " has changed since the "
                        + what + " on " + entry.finishedAt() + ". Restore it, or "
                        + (imported ? "import it again as a new import." : without));
            }
        }
    }

    private ImportFormat format(String name) {
        ImportFormat format = formats.get(name);
        if (format == null) {
            throw new IllegalArgumentException("Unknown import format '" + name + "'; known: "
                    + formats.keySet().stream().sorted().collect(Collectors.joining(", ")));
        }
        return format;
    }

    private static Optional<LedgerEntry> newestImportOf(Warehouse warehouse, String source) {
        return warehouse.imports().stream()
                .filter(e -> e.source().equals(source))
                .max(Comparator.comparing(LedgerEntry::finishedAt));
    }

    private static void deleteSource(Connection transaction, String source) throws SQLException {
        for (String table : WarehouseSchema.DATA_TABLES) {
            try (PreparedStatement delete = transaction.prepareStatement("DELETE FROM " + table + " WHERE source = ?")) {
                delete.setString(1, source);
                delete.executeUpdate();
            }
        }
    }

    private static List<SourceFile> checksums(List<Path> files) {
        return files.stream().map(FileChecksum::of).toList();
    }

    /** The checksums, or the reason a file could not be read for them, as thrown on this thread. */
    private static List<SourceFile> joined(CompletableFuture<List<SourceFile>> checksums) {
        try {
            return checksums.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The same file names and sizes as before: only then can the content be the same. */
    private static boolean sameNamesAndSizes(List<SourceFile> earlier, List<Path> now) {
        List<String> before = earlier.stream().map(f -> Path.of(f.path()).getFileName() + "|" + f.bytes()).sorted().toList();
        List<String> after = now.stream().map(f -> f.getFileName() + "|" + size(f)).sorted().toList();
        return before.equals(after);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1; // unreadable now: not the file loaded before, and loading it will say why
        }
    }

    /**
     * The same files by name, size and SHA-256, wherever they are: an upload of files already
     * imported lands in a new folder but is the same import.
     */
    private static boolean sameContent(List<SourceFile> earlier, List<SourceFile> now) {
        return contentOf(earlier).equals(contentOf(now));
    }

    private static List<String> contentOf(List<SourceFile> files) {
        return files.stream().map(f -> Path.of(f.path()).getFileName() + "|" + f.bytes() + "|" + f.sha256()).sorted().toList();
    }
}
