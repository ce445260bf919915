package org.stratum.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.real.CompletenessGroup;
import org.stratum.engine.real.CompletenessGrouping;
import org.stratum.engine.real.PublishedCompleteness;
import org.stratum.engine.real.RealCompleteness;
import org.stratum.engine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Race, ethnicity and language (REAL) data: how complete and how good it is. */
@Command(name = "real", mixinStandardHelpOptions = true,
        description = "Race, ethnicity and language (REAL) data: completeness and quality.",
        subcommands = {RealCommand.Completeness.class, BisgCommand.class, RealCensusCommand.class})
final class RealCommand {
    @ParentCommand
    StratumCommand root;

    @Command(name = "completeness", mixinStandardHelpOptions = true,
            description = "Among patients with a visit in the period: the shares with self-reported race/ethnicity,"
                    + " self-reported preferred language, race/ethnicity staff-observed only, asked but not answered,"
                    + " declined or unknown, and in Other Race only, each with its 95%% Wilson interval, by site,"
                    + " data source, collection channel or month; groups below the target flagged. Counts of 1 to 10"
                    + " are never printed.")
    static final class Completeness implements Callable<Integer> {
        @ParentCommand
        RealCommand real;

        @Spec
        CommandSpec spec;

        @Option(names = "--period", paramLabel = "START/END",
                description = "e.g. 2025-01-01/2025-12-31 or 2025 (default: the last 12 months of data, as"
                        + " 'measures run' chooses).")
        String period;

        @Option(names = "--by", paramLabel = "site|source|channel|month", defaultValue = "site",
                description = "Group by the patient's attributed site, data source, where the race/ethnicity answers"
                        + " were collected, or each month of the period (default: ${DEFAULT-VALUE}).")
        String by;

        @Option(names = "--target", paramLabel = "PERCENT", defaultValue = "90",
                description = "Flag groups whose self-reported race/ethnicity share is below this (default: ${DEFAULT-VALUE}).")
        double target;

        @Override
        public Integer call() {
            CompletenessGrouping grouping = CompletenessGrouping.fromKey(by).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "--by must be site, source, channel or month, not '" + by + "'"));
            if (!(target >= 0 && target <= 100)) {
                throw new ParameterException(spec.commandLine(), "--target must be a percentage from 0 to 100, not " + target);
            }
            MeasurementPeriod chosen = period == null ? null : MeasuresCommand.Run.parsePeriod(spec, period);
            PrintWriter out = spec.commandLine().getOut();
            try (Warehouse warehouse = Warehouses.open(real.root, out)) {
                if (chosen == null) {
                    chosen = MeasuresCommand.Run.defaultPeriod(warehouse);
                }
                List<CompletenessGroup> groups = new RealCompleteness(warehouse).count(chosen, grouping);
                if (groups.isEmpty()) {
                    throw new IllegalStateException("No patient had a visit in " + chosen + "; choose another --period");
                }
                PublishedCompleteness report = PublishedCompleteness.of(groups, grouping, target / 100,
                        SuppressionPolicy.CMS, ConfidenceLevel.NINETY_FIVE);
                new CompletenessListing(out).print(report, chosen, grouping);
            }
            return 0;
        }
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
