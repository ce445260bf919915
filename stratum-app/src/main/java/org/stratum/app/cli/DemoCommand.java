package org.stratum.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.GapScan;
import org.stratum.engine.generate.network.CareNetwork;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer.ImportOutcome;
import org.stratum.engine.ingest.csv.StratumCsvFormat;
import org.stratum.engine.measure.DataCoverage;
import org.stratum.engine.measure.MeasureRun;
import org.stratum.engine.measure.MeasureRunner;
import org.stratum.engine.measure.RunListener;
import org.stratum.engine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The one-command tour: generate a synthetic California population, load it, compute what Stratum
 * computes, and serve the web app with demo sign-ins whose password is new at every start.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a demo population, load it, compute every measure, and serve the web app with demo"
                + " sign-ins.")
final class DemoCommand implements Callable<Integer> {
    static final String SOURCE = "demo";
    /** Rolling 12-month periods ending each of the last 24 months: the dashboards' trend lines. */
    static final int TREND_MONTHS = 24;

    @ParentCommand
    StratumCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--patients", defaultValue = "20000", description = "Patients to generate (default: ${DEFAULT-VALUE}).")
    long patients;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        if (patients < 1) {
            throw new ParameterException(spec.commandLine(), "--patients must be at least 1, not " + patients);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path population = DemoPopulation.ensure(root.dataDir(), patients, seed, out);
        Warehouse warehouse = Warehouses.open(root, out);
        try {
            ImportOutcome outcome = Warehouses.IMPORTER.run(warehouse, new ImportRequest(SOURCE, StratumCsvFormat.NAME,
                    List.of(population), true, "stratum demo"));
            out.println(outcome.alreadyLoaded() ? "The demo population is already loaded."
                    : String.format("Loaded %,d rows into the warehouse.", outcome.entry().totalRowsLoaded()));
            out.println(StatusCommand.describe(warehouse.summary()));
            if (!outcome.alreadyLoaded() || new GapScan(warehouse).latestComputedPeriod().isEmpty()) {
                computeMeasures(warehouse, out);
            }
        } catch (RuntimeException e) {
            warehouse.close();
            throw e;
        }
        String password = newPassword();
        WebServer server = ServeCommand.startOrClose(root, warehouse, List.of("--server.port=" + port,
                "--server.address=127.0.0.1", "--stratum.demo.enabled=true", "--stratum.demo.password=" + password,
                "--stratum.organisation.name=" + CareNetwork.ORGANISATION + " (demo)"));
        root.markServing();
        out.println();
        out.println("Stratum is ready at " + ServeCommand.url("127.0.0.1", port));
        out.println("Sign in as admin, analyst or viewer with the password " + password);
        out.println("(demo accounts only; the password changes at every start. Ctrl+C to stop.)");
        out.flush();
        server.awaitStop();
        return 0;
    }

    /** Every measure for the population's last calendar year, with a two-year monthly trend behind it. */
    private void computeMeasures(Warehouse warehouse, PrintWriter out) {
        MeasureLibrary library = MeasuresCommand.library(root, warehouse);
        YearMonth lastMonth = DataCoverage.lastMonth(warehouse).orElseThrow();
        MeasurementPeriod year = MeasurementPeriod.calendarYear(lastMonth.getYear());
        List<MeasurementPeriod> periods = MeasuresCommand.Run.periods(year, TREND_MONTHS);
        out.printf("Computing %d measures for %s and %d monthly trend points...%n", library.measures().size(), year,
                TREND_MONTHS);
        out.flush();
        MeasureRun run = new MeasureRunner(warehouse, library).run(library.measures(), periods, RunListener.SILENT);
        out.printf("Computed %,d patient-measure evaluations in %.1f s.%n", run.evaluations(),
                run.elapsed().toNanos() / 1e9);
    }

    /** Twelve random letters and digits in three groups: easy to type, impossible to guess. */
    static String newPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
