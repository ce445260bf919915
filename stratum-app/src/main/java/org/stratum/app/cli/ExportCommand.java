package org.stratum.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.stratum.app.audit.AuditLog;
import org.stratum.engine.export.fhir.FhirPatientExport;
import org.stratum.engine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Writes warehouse data out in standard formats; every export of patients is in the audit log. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write warehouse data out in a standard format.",
        subcommands = {ExportCommand.Fhir.class})
final class ExportCommand {
    @ParentCommand
    StratumCommand root;

    @Command(name = "fhir", mixinStandardHelpOptions = true,
            description = "Write every patient as a FHIR R4 US Core Patient (NDJSON) with their race and ethnicity"
                    + " answers: the 2024 answers and their 1997 view, with who gave each, when and how. Imputed"
                    + " (BISG) probabilities are never exported. Patient-level: recorded in the audit log.")
    static final class Fhir implements Callable<Integer> {
        @ParentCommand
        ExportCommand export;

        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "DIR",
                description = "Folder to write Patient.ndjson to (created if missing; an existing Patient.ndjson is replaced).")
        Path out;

        @Override
        public Integer call() {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new ParameterException(spec.commandLine(), "--out must be a folder, and " + out + " is a file");
            }
            PrintWriter print = spec.commandLine().getOut();
            long patients;
            try (Warehouse warehouse = Warehouses.open(export.root, print)) {
                patients = new FhirPatientExport(warehouse).writeTo(out);
            }
            Path file = out.resolve(FhirPatientExport.FILE_NAME).toAbsolutePath();
            try (ConfigurableApplicationContext store = UsersCommand.workflowStore(export.root)) {
                store.getBean(AuditLog.class).record("cli:" + System.getProperty("user.name", "unknown"),
                        "export.fhir.patients", patients + " patients", "written to " + file);
            }
            print.printf(Locale.ROOT, "Wrote %,d Patients to %s.%n", patients, file);
            print.println("Import them elsewhere with: stratum import --format fhir " + out);
            return 0;
        }
    }
}
