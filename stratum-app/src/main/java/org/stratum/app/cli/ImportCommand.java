package org.stratum.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.stratum.engine.ingest.ImportRejected;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer.ImportOutcome;
import org.stratum.engine.ingest.Reject;
import org.stratum.engine.ingest.UnmappedValue;
import org.stratum.engine.ingest.csv.StratumCsvFormat;
import org.stratum.engine.ingest.fhir.FhirFormat;
import org.stratum.engine.ingest.mapping.MappedCsvFormat;
import org.stratum.engine.ingest.mapping.MappingInvalid;
import org.stratum.engine.warehouse.LedgerEntry;
import org.stratum.engine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Loads FHIR, Stratum CSV files or a foreign CSV extract (through a mapping file) into the warehouse:
 * all or nothing, unless told to accept a partial import.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import FHIR R4 (bulk NDJSON, resources, Bundles; .gz too), Stratum CSV files, or an EHR's CSV"
                + " extract read through a mapping file (--mapping) into the warehouse.",
                "All or nothing by default: every rejected record is named with its file, line and reason, and nothing is"
                        + " stored."})
final class ImportCommand implements Callable<Integer> {
    private static final int REJECTS_SHOWN = 20;
    private static final int UNMAPPED_SHOWN = 100;

    @ParentCommand
    StratumCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "auto|fhir|csv",
            description = "What the files are (default: ${DEFAULT-VALUE}, from their names).")
    String format;

    @Option(names = "--source", paramLabel = "NAME",
            description = "Name of the data source (default: the first folder's name).")
    String source;

    @Option(names = "--replace", description = "Replace every row previously imported from this source.")
    boolean replace;

    @Option(names = "--accept-partial",
            description = "Load the valid records and write the rejected ones to a rejects file, instead of refusing the import.")
    boolean acceptPartial;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "A mapping file (YAML) saying how a foreign CSV extract becomes warehouse rows; see docs/importing.md.")
    Path mapping;

    @Option(names = "--dry-run",
            description = "Read and check everything, report (with a mapping: every unmapped value), and store nothing.")
    boolean dryRun;

    @Option(names = "--test-case-folders",
            description = "Each folder is one test case (one Patient and the records about them), as in the eCQM test suite.")
    boolean testCaseFolders;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> absolute = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        ImportRequest request = request(absolute);
        try (Warehouse warehouse = Warehouses.open(root, out)) {
            TerminalProgress progress = new TerminalProgress(out);
            ImportOutcome outcome = Warehouses.IMPORTER.run(warehouse, request, (read, total, file) ->
                    progress.show(read, total, String.format("%,d / %,d MB  %s", read >> 20, total >> 20, file.getFileName())));
            progress.finish();
            report(out, outcome);
        } catch (MappingInvalid invalid) {
            spec.commandLine().getErr().println("stratum: the mapping cannot be used, nothing was imported: "
                    + invalid.rejects().get(0).describe());
            return 1;
        } catch (ImportRejected rejected) {
            PrintWriter err = spec.commandLine().getErr();
            if (rejected.rejects().size() == 1) {
                err.println("stratum: nothing was imported: " + rejected.rejects().get(0).describe());
            } else {
                err.printf("stratum: nothing was imported: %,d records rejected (--accept-partial loads the rest):%n",
                        rejected.rejects().size());
                list(err, rejected.rejects());
            }
            err.println("Rejects written to " + RejectsFile.write(root.dataDir(), request.source(), Instant.now(),
                    rejected.rejects()));
            if (rejected.rejects().stream().anyMatch(ImportCommand::isUnmapped)) {
                err.println("Run it again with --dry-run to list every unmapped value with its count and first lines.");
            }
            return 1;
        }
        return 0;
    }

    private static void list(PrintWriter out, List<Reject> rejects) {
        rejects.stream().limit(REJECTS_SHOWN).forEach(r -> out.println("  " + r.describe()));
        if (rejects.size() > REJECTS_SHOWN) {
            out.printf("  … and %,d more%n", rejects.size() - REJECTS_SHOWN);
        }
    }

    private static boolean isUnmapped(Reject reject) {
        return reject.reason().startsWith(MappedCsvFormat.UNMAPPED_PREFIX);
    }

    private ImportRequest request(List<Path> absolute) {
        String sourceName = source != null ? source : absolute.get(0).getFileName().toString().replaceFirst("\\..*$", "");
        List<Path> read = absolute;
        if (mapping != null) {
            read = new ArrayList<>(List.of(mapping.toAbsolutePath().normalize()));
            read.addAll(absolute);
        }
        try {
            return new ImportRequest(sourceName, formatOf(absolute), read, replace,
                    System.getProperty("user.name", "unknown"), acceptPartial, dryRun, testCaseFolders);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage() + " (name the source with --source)");
        }
    }

    private String formatOf(List<Path> absolute) {
        if (mapping != null) {
            if (!format.equals("auto") && !format.equals("csv")) {
                throw new ParameterException(spec.commandLine(), "--mapping reads CSV extracts; leave out --format " + format);
            }
            return MappedCsvFormat.NAME;
        }
        switch (format) {
            case "fhir":
                return FhirFormat.NAME;
            case "csv":
                return StratumCsvFormat.NAME;
            case "auto":
                break;
            default:
                throw new ParameterException(spec.commandLine(), "--format must be auto, fhir or csv, not '" + format + "'");
        }
        boolean csv = absolute.stream().flatMap(ImportCommand::filesUnder)
                .anyMatch(f -> f.getFileName().toString().toLowerCase().matches(".+\\.csv(\\.gz)?"));
        boolean fhir = absolute.stream().flatMap(ImportCommand::filesUnder).anyMatch(ImportCommand::looksLikeFhir);
        if (csv == fhir) {
            throw new ParameterException(spec.commandLine(), (csv ? "Both CSV and FHIR files" : "No CSV or FHIR files")
                    + " found; say which with --format fhir or --format csv");
        }
        return fhir ? FhirFormat.NAME : StratumCsvFormat.NAME;
    }

    private static Stream<Path> filesUnder(Path path) {
        if (!Files.isDirectory(path)) {
            return Stream.of(path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /**
     * NDJSON files are FHIR bulk data; a JSON file counts as FHIR only when it names a resourceType near
     * its start, so other JSON beside CSV files (such as the generator's ground-truth.json) does not.
     */
    private static boolean looksLikeFhir(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        if (name.matches(".+\\.(ndjson|jsonl)(\\.gz)?")) {
            return true;
        }
        if (!name.matches(".+\\.json(\\.gz)?")) {
            return false;
        }
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8).contains("\"resourceType\"");
        } catch (IOException e) {
            return true;
        }
    }

    private void report(PrintWriter out, ImportOutcome outcome) {
        LedgerEntry entry = outcome.entry();
        if (outcome.alreadyLoaded()) {
            out.println("Already imported: these files are unchanged since the import of " + entry.finishedAt() + ".");
            return;
        }
        out.printf("%s %,d rows from %d file(s) as source '%s'%s:%n", dryRun ? "Dry run: would import" : "Imported",
                entry.totalRowsLoaded(), entry.files().size(), entry.source(), replace ? ", replacing its earlier rows" : "");
        TableCounts.print(out, entry.rowsLoaded(), "  ");
        outcome.skipped().forEach((type, n) -> out.printf("  skipped %,d %s (not used by Stratum)%n", n, type));
        List<Reject> rejects = outcome.rejects();
        printUnmapped(out, outcome.unmapped());
        if (!rejects.isEmpty()) {
            List<Reject> others = outcome.unmapped().isEmpty() ? rejects
                    : rejects.stream().filter(r -> !isUnmapped(r)).toList();
            out.printf("%,d record(s) rejected%s%s%n", rejects.size(), dryRun ? "" : " and not loaded",
                    others.size() < rejects.size() ? " (" + String.format("%,d", rejects.size() - others.size())
                            + " for the unmapped values above)" + (others.isEmpty() ? "." : "; the others:") : ":");
            list(out, others);
            out.println("Rejects written to " + RejectsFile.write(root.dataDir(), entry.source(), Instant.now(), rejects));
        }
    }

    /** Every value the mapping does not translate, so the analyst can finish the mapping. */
    private static void printUnmapped(PrintWriter out, List<UnmappedValue> unmapped) {
        if (unmapped.isEmpty()) {
            return;
        }
        out.printf("%,d unmapped value(s): add them to the mapping, then run the dry run again:%n", unmapped.size());
        unmapped.stream().limit(UNMAPPED_SHOWN).forEach(u -> out.println("  " + u.describe()));
        if (unmapped.size() > UNMAPPED_SHOWN) {
            out.printf("  … and %,d more (every row is in the rejects file)%n", unmapped.size() - UNMAPPED_SHOWN);
        }
    }
}
