package org.stratum.app.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureGroup;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer.ImportOutcome;
import org.stratum.engine.ingest.Reject;
import org.stratum.engine.ingest.fhir.FhirFormat;
import org.stratum.engine.measure.CodeSource;
import org.stratum.engine.measure.MeasureOutcome;
import org.stratum.engine.measure.MeasureRun;
import org.stratum.engine.measure.MeasureRunner;
import org.stratum.engine.measure.PatientResult;
import org.stratum.engine.measure.RunListener;
import org.stratum.engine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Evaluates one measure over a folder of FHIR files in a throw-away in-memory warehouse and prints
 * each patient's populations, one row per patient and group. Nothing is written to the data
 * directory. A folder of sub-folders is read as test cases, one patient's world per sub-folder (the
 * layout of the published eCQM test cases).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a measure over a folder of FHIR files (in memory) and print each patient's populations.")
final class EvaluateCommand implements Callable<Integer> {
    static final List<String> HEADER = List.of("patient_id", "measure", "group", "initial_population", "denominator",
            "denominator_exclusion", "denominator_exception", "numerator");

    @ParentCommand
    StratumCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--measure", required = true, paramLabel = "ID", description = "Our id or the CMS id, e.g. CMS122.")
    String measureName;

    @Option(names = "--period", required = true, paramLabel = "START/END", description = "e.g. 2025-01-01/2025-12-31")
    String period;

    @Option(names = "--fhir", required = true, paramLabel = "DIR", description = "Folder of FHIR files (or of test-case folders).")
    Path fhir;

    @Option(names = "--valuesets", paramLabel = "DIR",
            description = "Folder of expanded FHIR ValueSets (default: the demo code lists, a stand-in unfit for real results).")
    Path valueSets;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT", description = "Output format: csv (the default).")
    String format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("csv")) {
            throw new ParameterException(spec.commandLine(), "--format must be csv, not '" + format + "'");
        }
        if (!Files.isDirectory(fhir)) {
            throw new ParameterException(spec.commandLine(), "--fhir: " + fhir + " is not a folder");
        }
        MeasurementPeriod measurementPeriod = MeasuresCommand.Run.parsePeriod(spec, period);
        MeasureLibrary library = MeasureLibrary.builtIn();
        MeasureDefinition measure = library.require(measureName);
        try (Warehouse warehouse = Warehouse.inMemory()) {
            load(warehouse, err);
            MeasureRunner runner = new MeasureRunner(warehouse, library);
            MeasureRun run = runner.run(List.of(measure), List.of(measurementPeriod), RunListener.SILENT);
            MeasureOutcome outcome = run.outcomes().get(0);
            if (!outcome.computed()) {
                throw new IllegalStateException(measure.displayName() + " " + outcome.missingExplained());
            }
            if (run.codes() == CodeSource.DEMO) {
                err.println("stratum: no --valuesets given, so the demo code lists stood in for the value sets;"
                        + " these results are not the measure's.");
            }
            print(runner.perPatient(measure, measurementPeriod), measure);
        }
        err.flush();
        return 0;
    }

    private void load(Warehouse warehouse, PrintWriter err) throws IOException {
        List<Path> testCases;
        try (Stream<Path> children = Files.list(fhir)) {
            testCases = children.filter(Files::isDirectory).sorted().toList();
        }
        boolean asTestCases = !testCases.isEmpty();
        ImportOutcome outcome = Warehouses.IMPORTER.run(warehouse, new ImportRequest("evaluate", FhirFormat.NAME,
                asTestCases ? testCases : List.of(fhir), true, "evaluate", true, false, asTestCases));
        for (Reject reject : outcome.rejects()) {
            err.println("stratum: not loaded: " + reject.describe());
        }
        if (valueSets != null) {
            Warehouses.IMPORTER.run(warehouse, new ImportRequest("valuesets", FhirFormat.NAME, List.of(valueSets),
                    true, "evaluate"));
        }
    }

    private void print(List<PatientResult> results, MeasureDefinition measure) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(new NonClosingWriter(out))) {
            csv.writeRecord(HEADER);
            List<String> groupIds = measure.groups().stream().map(MeasureGroup::id).toList();
            for (PatientResult r : results) {
                csv.writeRecord(r.patientId(), measureName, Integer.toString(groupIds.indexOf(r.groupId()) + 1),
                        flag(r.initialPopulation()), flag(r.denominator()), flag(r.denominatorExclusion()),
                        flag(r.denominatorException()), flag(r.numerator()));
            }
        }
        out.flush();
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    /** Lets the CSV writer flush into the command's output without closing it. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(java.io.Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
