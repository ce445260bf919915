package org.stratum.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.real.census.CensusComparison;
import org.stratum.engine.real.census.CensusFileRejected;
import org.stratum.engine.real.census.CensusTable;
import org.stratum.engine.real.census.PublishedCensusComparison;
import org.stratum.engine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The service area's census composition by ZCTA, and the patients beside it. */
@Command(name = "census", mixinStandardHelpOptions = true,
        description = "The service area's population by race and ethnicity per ZCTA, and the patients beside it.",
        subcommands = {RealCensusCommand.Load.class, RealCensusCommand.Compare.class})
final class RealCensusCommand {
    @ParentCommand
    RealCommand real;

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Load a CSV of population by race and ethnicity per ZCTA (columns ZCTA5, Hispanic_Total,"
                    + " NH_White_alone, NH_Black_alone, NH_AIAN_alone, NH_API_alone, NH_Other_alone, NH_Mult_Total),"
                    + " replacing the one loaded before. A file with any bad line changes nothing.")
    static final class Load implements Callable<Integer> {
        @ParentCommand
        RealCensusCommand census;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The census table (CSV).")
        Path file;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Warehouse warehouse = Warehouses.open(census.real.root, out)) {
                int zctas = new CensusTable(warehouse).load(file, System.getProperty("user.name", "unknown"));
                out.printf(Locale.ROOT, "Loaded the census table of %,d ZCTAs from %s.%n", zctas, file.getFileName());
                return 0;
            } catch (CensusFileRejected e) {
                spec.commandLine().getErr().println("stratum: " + e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Patients with a visit in the period by race and ethnicity (1997 categories, Hispanic first),"
                    + " with 95%% Wilson intervals, beside the census shares of the ZCTAs they live in, weighted by"
                    + " how many live in each. Counts of 1 to 10 are never printed.")
    static final class Compare implements Callable<Integer> {
        @ParentCommand
        RealCensusCommand census;

        @Spec
        CommandSpec spec;

        @Option(names = "--period", paramLabel = "START/END",
                description = "e.g. 2025-01-01/2025-12-31 or 2025 (default: the last 12 months of data).")
        String period;

        @Option(names = "--by", paramLabel = "all|site", defaultValue = "all",
                description = "All patients, or each attributed site then all patients (default: ${DEFAULT-VALUE}).")
        String by;

        @Option(names = "--all-ages",
                description = "Compare patients of every age, for a census table of all ages (default: patients 18"
                        + " or over at the period's end, as the CFPB table counts adults).")
        boolean allAges;

        @Override
        public Integer call() {
            if (!by.equals("all") && !by.equals("site")) {
                throw new ParameterException(spec.commandLine(), "--by must be all or site, not '" + by + "'");
            }
            MeasurementPeriod chosen = period == null ? null : MeasuresCommand.Run.parsePeriod(spec, period);
            PrintWriter out = spec.commandLine().getOut();
            try (Warehouse warehouse = Warehouses.open(census.real.root, out)) {
                if (chosen == null) {
                    chosen = MeasuresCommand.Run.defaultPeriod(warehouse);
                }
                MeasurementPeriod shown = chosen;
                List<PublishedCensusComparison.Group> groups = new CensusComparison(warehouse)
                        .compare(chosen, by.equals("site"), !allAges)
                        .map(g -> PublishedCensusComparison.of(g, SuppressionPolicy.CMS, ConfidenceLevel.NINETY_FIVE))
                        .orElseThrow(() -> new IllegalStateException(
                                "No census table is loaded; load one with 'stratum real census load FILE'"));
                print(out, shown, !allAges, groups);
            }
            return 0;
        }

        private static void print(PrintWriter out, MeasurementPeriod period, boolean adultsOnly,
                          List<PublishedCensusComparison.Group> groups) {
            out.printf("Patients with a visit in %s beside the census of where they live (%s).%n", period,
                    adultsOnly ? "patients 18 or over at the period's end" : "patients of every age");
            out.println("Compared: patients with a race/ethnicity answer and a ZIP code that is a ZCTA of the census table.");
            boolean hidden = false;
            for (PublishedCensusComparison.Group group : groups) {
                out.println();
                out.printf("%s: %s patients, %s compared, %s not compared%n", group.label(), count(group.population()),
                        count(group.compared()), count(group.notCompared()));
                hidden |= group.population().isEmpty() || group.compared().isEmpty() || group.notCompared().isEmpty();
                if (group.compared().isEmpty()) {
                    continue;
                }
                out.printf("  %-62s %8s  %6s  %-18s %6s%n", "", "patients", "share", "95% interval", "census");
                for (PublishedCensusComparison.Line line : group.lines()) {
                    hidden |= line.patients().isEmpty();
                    out.printf("  %-62s %8s  %6s  %-18s %6s%s%n", line.category().label(), count(line.patients()),
                            line.share().map(p -> RealCommand.percent(p.value())).orElse(""),
                            line.interval().map(i -> RealCommand.percent(i.lower()) + " to " + RealCommand.percent(i.upper()))
                                    .orElse(""),
                            line.censusShare().isPresent() ? RealCommand.percent(line.censusShare().getAsDouble()) : "",
                            line.outsideInterval() ? "  census outside the interval" : "");
                }
            }
            out.println();
            out.println("Census shares: each compared patient's ZCTA composition, averaged over the compared patients.");
            if (hidden) {
                out.println("Numbers hidden: a count of 1 to 10 patients could be worked out from them.");
            }
        }

        private static String count(OptionalLong value) {
            return value.isPresent() ? String.format(Locale.ROOT, "%,d", value.getAsLong()) : CompletenessListing.HIDDEN;
        }
    }
}
