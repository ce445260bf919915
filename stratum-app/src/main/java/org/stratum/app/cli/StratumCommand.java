package org.stratum.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: options every command shares, and the list of commands. */
@Command(name = "stratum", mixinStandardHelpOptions = true, version = "Stratum 0.1.0",
        description = "Stratify primary-care quality measures by race, ethnicity and language, find the gaps, and run"
                + " the improvement cycles of the CIN Toolkit to Advance Racial Health Equity in Primary Care Improvement.",
        subcommands = {DemoCommand.class, ServeCommand.class, GenerateCommand.class, ImportCommand.class,
                ImportsCommand.class, ValueSetsCommand.class, MeasuresCommand.class, EvaluateCommand.class, GapsCommand.class, StratifyCommand.class, RealCommand.class, ExportCommand.class, ReportCommand.class,
                StatusCommand.class, UsersCommand.class},
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'stratum COMMAND --help' for a command's options."})
public final class StratumCommand {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./data", scope = ScopeType.INHERIT,
            description = "Data directory: warehouse, import ledger, workflow store (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC-URL", scope = ScopeType.INHERIT,
            description = "Workflow store on PostgreSQL, e.g. jdbc:postgresql://localhost:5432/stratum"
                    + " (user and password from STRATUM_DB_USER and STRATUM_DB_PASSWORD). Default: embedded H2 in DIR.")
    String databaseUrl;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show detailed logs and stack traces.")
    boolean verbose;

    private volatile boolean serving;

    /** Set by commands that leave the web app running after they return. */
    void markServing() {
        serving = true;
    }

    public boolean isServing() {
        return serving;
    }

    Path dataDir() {
        return dataDir.toAbsolutePath().normalize();
    }
}
