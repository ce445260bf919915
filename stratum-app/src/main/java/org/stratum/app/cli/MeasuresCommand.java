package org.stratum.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stratum.core.equity.Direction;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.measure.CustomMeasures;
import org.stratum.engine.measure.DataCoverage;
import org.stratum.engine.measure.GroupCounts;
import org.stratum.engine.measure.MeasureOutcome;
import org.stratum.engine.measure.MeasureRun;
import org.stratum.engine.measure.MeasureRunner;
import org.stratum.engine.measure.MeasureRunner.CodeAvailability;
import org.stratum.engine.measure.RunListener;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The measure library: list it, compute it over the warehouse, add and check measures of your own. */
@Command(name = "measures", mixinStandardHelpOptions = true,
        description = "List, compute, check and add quality measures.",
        subcommands = {MeasuresCommand.ListMeasures.class, MeasuresCommand.Run.class, MeasuresCommand.Check.class,
                MeasuresCommand.Add.class, MeasureReportCommand.class})
final class MeasuresCommand {
    @ParentCommand
    StratumCommand root;

    static MeasureLibrary library(StratumCommand root, Warehouse warehouse) {
        return CustomMeasures.load(DataDirectory.at(root.dataDir()), warehouse);
    }

    static String better(MeasureDefinition measure) {
        return measure.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower";
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the measures with their status (verified against the published eCQM test cases or not),"
                    + " which way is better, and where their codes would come from.")
    static final class ListMeasures implements Callable<Integer> {
        @ParentCommand
        MeasuresCommand measures;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Warehouse warehouse = Warehouses.open(measures.root, out)) {
                MeasureLibrary library = library(measures.root, warehouse);
                MeasureRunner runner = new MeasureRunner(warehouse, library);
                out.printf("%-42s %-7s %-10s %-6s %-6s %-30s %s%n", "ID", "CMS", "STATUS", "BETTER", "GROUPS", "CODES", "TITLE");
                for (MeasureDefinition measure : library.measures()) {
                    CodeAvailability codes = runner.codeAvailability(measure);
                    String source = codes.missing().isEmpty()
                            ? codes.source().label() : codes.missing().size() + " value sets missing";
                    out.printf("%-42s %-7s %-10s %-6s %-6d %-30s %s%n", measure.id(), measure.cmsNumber().orElse("-"),
                            measure.status().label(), better(measure), measure.groups().size(), source, measure.title());
                }
                out.printf("%d measures. 'unverified' measures are not proven to reproduce an eCQM exactly.%n",
                        library.measures().size());
            }
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Compute measures over the warehouse for a period, and optionally monthly trend points;"
                    + " results replace earlier ones for the same measure and period.")
    static final class Run implements Callable<Integer> {
        @ParentCommand
        MeasuresCommand measures;

        @Spec
        CommandSpec spec;

        @Option(names = "--period", paramLabel = "START/END",
                description = "Measurement period, e.g. 2025-01-01/2025-12-31, or a year such as 2025"
                        + " (default: the 12 months ending with the last month of data).")
        String period;

        @Option(names = "--measure", paramLabel = "ID", split = ",",
                description = "Measures to compute, by our id or CMS id such as CMS122 (default: all).")
        List<String> measureNames = new ArrayList<>();

        @Option(names = "--trend", paramLabel = "MONTHS", defaultValue = "0",
                description = "Also compute rolling 12-month periods ending each of the last MONTHS months of the period"
                        + " (e.g. 24 for a two-year trend).")
        int trendMonths;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Warehouse warehouse = Warehouses.open(measures.root, out)) {
                MeasureLibrary library = library(measures.root, warehouse);
                List<MeasureDefinition> chosen = measureNames.isEmpty() ? library.measures()
                        : measureNames.stream().map(library::require).toList();
                MeasurementPeriod main = period != null ? parsePeriod(spec, period) : defaultPeriod(warehouse);
                List<MeasurementPeriod> periods = periods(main, trendMonths);
                out.printf("Computing %d measure%s for %s%s.%n", chosen.size(), chosen.size() == 1 ? "" : "s", main,
                        trendMonths > 0 ? " and " + trendMonths + " monthly trend points" : "");
                out.flush();
                MeasureRun run = new MeasureRunner(warehouse, library).run(chosen, periods, new Printer(out, main));
                double seconds = run.elapsed().toNanos() / 1e9;
                out.printf("Done in %.1f s: %,d patients, %d periods, %,d patient-measure evaluations (%,.0f per second)."
                                + " Codes: %s.%n", seconds, run.patients(), run.periods().size(), run.evaluations(),
                        run.evaluations() / Math.max(seconds, 1e-9), run.codes().label());
                return run.outcomes().stream().allMatch(MeasureOutcome::computed) ? 0 : 3;
            }
        }

        static MeasurementPeriod parsePeriod(CommandSpec spec, String text) {
            try {
                return MeasurementPeriod.parse(text);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--period: " + e.getMessage());
            }
        }

        static MeasurementPeriod defaultPeriod(Warehouse warehouse) {
            YearMonth last = DataCoverage.lastMonth(warehouse)
                    .orElseThrow(() -> new IllegalStateException("The warehouse holds no encounters, observations or"
                            + " procedures yet; import data first (stratum import PATH), or give --period"));
            return MeasurementPeriod.twelveMonthsEnding(last);
        }

        static List<MeasurementPeriod> periods(MeasurementPeriod main, int trendMonths) {
            List<MeasurementPeriod> periods = new ArrayList<>(List.of(main));
            if (trendMonths > 0) {
                for (MeasurementPeriod point : MeasurementPeriod.rollingTwelveMonths(YearMonth.from(main.end()), trendMonths)) {
                    if (!point.equals(main)) {
                        periods.add(point);
                    }
                }
            }
            return periods;
        }
    }

    /** One line per measure as the run goes: its rate for the main period, or why it was not computed. */
    private record Printer(PrintWriter out, MeasurementPeriod main) implements RunListener {
        @Override
        public void finished(MeasureOutcome outcome) {
            MeasureDefinition measure = outcome.measure();
            String name = measure.displayName();
            if (!outcome.computed()) {
                out.printf("  %-60s %s%n", name, outcome.missingExplained());
            } else {
                for (GroupCounts counts : outcome.counts()) {
                    if (!counts.period().equals(main)) {
                        continue;
                    }
                    String group = measure.groups().size() > 1 ? " [group " + counts.groupId() + "]" : "";
                    double rate = counts.rate();
                    out.printf(Locale.ROOT, "  %-60s denominator %,9d  numerator %,9d  rate %s  (%.1f s)%n", name + group,
                            counts.denominator() - counts.denominatorExclusion() - counts.denominatorException(),
                            counts.numerator(), Double.isNaN(rate) ? "   -  " : String.format(Locale.ROOT, "%5.1f%%", 100 * rate),
                            outcome.elapsed().toMillis() / 1000.0);
                }
            }
            out.flush();
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check a measure definition file against the library and the warehouse, without adding it.")
    static final class Check implements Callable<Integer> {
        @ParentCommand
        MeasuresCommand measures;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A measure definition (YAML; see docs/measures.md).")
        Path file;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Warehouse warehouse = Warehouses.open(measures.root, out)) {
                MeasureDefinition measure = CustomMeasures.check(file, library(measures.root, warehouse), warehouse);
                out.printf("%s: %s is a usable measure definition (%d group%s).%n", file, measure.id(),
                        measure.groups().size(), measure.groups().size() == 1 ? "" : "s");
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Check a measure definition file and add it to this data directory's library.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        MeasuresCommand measures;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A measure definition (YAML; see docs/measures.md).")
        Path file;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Warehouse warehouse = Warehouses.open(measures.root, out)) {
                DataDirectory data = DataDirectory.at(measures.root.dataDir());
                MeasureDefinition measure = CustomMeasures.add(file, data, warehouse);
                out.printf("Added %s (%s) to %s. Compute it with: stratum measures run --measure %s%n", measure.id(),
                        measure.displayName(), data.measuresFolder(), measure.id());
            }
            return 0;
        }
    }
}
