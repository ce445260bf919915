package org.stratum.app.cli;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hl7.fhir.r4.model.MeasureReport;
import org.springframework.context.ConfigurableApplicationContext;
import org.stratum.app.audit.AuditLog;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.measure.report.MeasureReports;
import org.stratum.engine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Writes a computed measure as a FHIR R4 MeasureReport (JSON). Subject-list and individual reports
 * name patients, so they are recorded in the workflow store's audit log, as the web app records its exports.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a computed measure's results as a FHIR R4 MeasureReport: summary (stratified by race,"
                + " ethnicity and preferred language), subject-list, or individual (one patient).")
final class MeasureReportCommand implements Callable<Integer> {
    @ParentCommand
    MeasuresCommand measures;

    @Spec
    CommandSpec spec;

    @Option(names = "--measure", required = true, paramLabel = "ID", description = "Our id or the CMS id, e.g. CMS165.")
    String measureName;

    @Option(names = "--period", required = true, paramLabel = "START/END", description = "A period already computed.")
    String period;

    @Option(names = "--type", defaultValue = "summary", paramLabel = "TYPE",
            description = "summary, subject-list or individual (default: ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--patient", paramLabel = "ID", description = "The patient of an individual report.")
    String patient;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of the terminal.")
    Path outFile;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        MeasurementPeriod measurementPeriod = MeasuresCommand.Run.parsePeriod(spec, period);
        if (type.equals("individual") && patient == null) {
            throw new ParameterException(spec.commandLine(), "An individual report needs --patient ID");
        }
        try (Warehouse warehouse = Warehouses.open(measures.root, spec.commandLine().getErr())) {
            MeasureDefinition measure = MeasuresCommand.library(measures.root, warehouse).require(measureName);
            MeasureReports reports = new MeasureReports(warehouse);
            MeasureReport report = switch (type) {
                case "summary" -> reports.summary(measure, measurementPeriod);
                case "subject-list" -> reports.subjectList(measure, measurementPeriod);
                case "individual" -> reports.individual(measure, measurementPeriod, patient);
                default -> throw new ParameterException(spec.commandLine(),
                        "--type must be summary, subject-list or individual, not '" + type + "'");
            };
            if (!type.equals("summary")) {
                audit(measure, measurementPeriod);
            }
            String json = FhirContext.forR4Cached().newJsonParser().setPrettyPrint(true).encodeResourceToString(report);
            if (outFile != null) {
                Files.writeString(outFile, json, StandardCharsets.UTF_8);
                out.printf("Wrote a %s MeasureReport of %s for %s to %s.%n", type, measure.displayName(), measurementPeriod,
                        outFile);
            } else {
                out.println(json);
            }
        }
        return 0;
    }

    /** Patient-level exports are written to the workflow store's audit log, like the web app's. */
    private void audit(MeasureDefinition measure, MeasurementPeriod measurementPeriod) {
        try (ConfigurableApplicationContext store = UsersCommand.workflowStore(measures.root)) {
            store.getBean(AuditLog.class).record("cli:" + System.getProperty("user.name", "unknown"),
                    "measure.report." + type, measure.id() + " " + measurementPeriod,
                    (patient != null ? "patient " + patient + "; " : "") + "written to "
                            + (outFile != null ? outFile.toAbsolutePath() : "standard output"));
        }
    }
}
