package org.stratum.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer.ImportOutcome;
import org.stratum.engine.ingest.fhir.FhirFormat;
import org.stratum.engine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Value sets the measures look codes up in. VSAC content is licensed (UMLS licence; CPT belongs to
 * the AMA), so Stratum ships none: users load the expansions they are licensed for.
 */
@Command(name = "valuesets", mixinStandardHelpOptions = true,
        description = "Load and list value-set expansions (FHIR ValueSet resources, as VSAC exports them).",
        subcommands = {ValueSetsCommand.Load.class, ValueSetsCommand.ListValueSets.class})
final class ValueSetsCommand {
    @ParentCommand
    StratumCommand root;

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Load expanded FHIR ValueSets from files or folders (.json, .ndjson, .gz).")
    static final class Load implements Callable<Integer> {
        @ParentCommand
        ValueSetsCommand valueSets;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of ValueSet resources.")
        List<Path> paths;

        @Option(names = "--source", defaultValue = "valuesets", description = "Source name (default: ${DEFAULT-VALUE}).")
        String source;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Warehouse warehouse = Warehouses.open(valueSets.root, out)) {
                ImportOutcome outcome = Warehouses.IMPORTER.run(warehouse, new ImportRequest(source, FhirFormat.NAME,
                        paths.stream().map(p -> p.toAbsolutePath().normalize()).toList(), false,
                        System.getProperty("user.name", "unknown")));
                out.printf("%s %,d codes.%n", outcome.alreadyLoaded() ? "Already loaded:" : "Loaded",
                        outcome.entry().rowsLoaded().getOrDefault("valueset_code", 0L));
                outcome.skipped().forEach((type, n) -> out.printf("  skipped %,d %s%n", n, type));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the value sets loaded, with their code counts.")
    static final class ListValueSets implements Callable<Integer> {
        @ParentCommand
        ValueSetsCommand valueSets;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws SQLException {
            PrintWriter out = spec.commandLine().getOut();
            try (Warehouse warehouse = Warehouses.open(valueSets.root, out); Connection sql = warehouse.connect();
                 Statement statement = sql.createStatement();
                 ResultSet rows = statement.executeQuery("""
                         SELECT oid, any_value(name), count(DISTINCT system || '|' || code), string_agg(DISTINCT source, ',')
                         FROM valueset_code GROUP BY oid ORDER BY 2""")) {
                int n = 0;
                while (rows.next()) {
                    out.printf("%-45s %-55s %,7d  %s%n", rows.getString(1), rows.getString(2), rows.getLong(3), rows.getString(4));
                    n++;
                }
                out.printf("%,d value sets.%n", n);
            }
            return 0;
        }
    }
}
