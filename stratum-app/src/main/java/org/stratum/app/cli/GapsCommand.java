package org.stratum.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.stratum.core.equity.gaps.GapCriteria;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.GapScan;
import org.stratum.engine.equity.GapScanResult;
import org.stratum.engine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The gap finder: ranked, explained gaps over the computed measures of a period. */
@Command(name = "gaps", mixinStandardHelpOptions = true,
        description = "Find the gaps worth acting on: every race and ethnicity, language and interpreter-need group"
                + " compared with everyone else, overall and within each site, clinician, payer, age band, sex,"
                + " language, deprivation quintile and social-needs group; kept when meaningful after"
                + " Benjamini-Hochberg false-discovery control and AHRQ's 10%% rule; ranked by patients to equity, each"
                + " split into composition and rates by site and by payer. Counts of 1 to 10 are never printed.")
final class GapsCommand implements Callable<Integer> {
    @ParentCommand
    StratumCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", paramLabel = "START/END",
            description = "A period the measures were computed for, e.g. 2025-01-01/2025-12-31 or 2025"
                    + " (default: the latest computed).")
    String period;

    @Option(names = "--measure", paramLabel = "ID", split = ",",
            description = "Measures to scan, by our id or CMS id such as CMS165 (default: all computed for the period).")
    List<String> measureNames = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "Show the N gaps with the most patients to equity (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--fdr", paramLabel = "RATE", defaultValue = "0.05",
            description = "Benjamini-Hochberg false discovery rate over all comparisons (default: ${DEFAULT-VALUE}).")
    double falseDiscoveryRate;

    @Option(names = "--min-group", paramLabel = "N", defaultValue = "30",
            description = "The fewest eligible patients a group, and everyone else in its slice, needs to be compared;"
                    + " at least 11 (default: ${DEFAULT-VALUE}).")
    long minimumGroupSize;

    @Override
    public Integer call() {
        GapCriteria criteria = criteria();
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Warehouse warehouse = Warehouses.open(root, out)) {
            MeasureLibrary library = MeasuresCommand.library(root, warehouse);
            List<MeasureDefinition> measures = measureNames.isEmpty() ? library.measures()
                    : measureNames.stream().map(library::require).toList();
            GapScan scan = new GapScan(warehouse);
            MeasurementPeriod chosen = period != null ? MeasuresCommand.Run.parsePeriod(spec, period)
                    : scan.latestComputedPeriod().orElseThrow(() -> new IllegalStateException(
                            "No measure has been computed yet; run 'stratum measures run' first"));
            GapScanResult result = scan.scan(measures, chosen, criteria);
            if (result.scanned().isEmpty()) {
                throw new IllegalStateException("None of the measures has been computed for " + chosen
                        + "; run 'stratum measures run --period " + chosen + "' first");
            }
            if (!measureNames.isEmpty() && !result.notComputed().isEmpty()) {
                out.printf("Not computed for %s, so not scanned: %s (run 'stratum measures run --period %s').%n", chosen,
                        result.notComputed().stream().map(MeasureDefinition::id).collect(Collectors.joining(", ")), chosen);
            }
            new GapListing(out).print(result, limit);
        }
        return 0;
    }

    private GapCriteria criteria() {
        try {
            return GapCriteria.defaults().withFalseDiscoveryRate(falseDiscoveryRate).withMinimumGroupSize(minimumGroupSize);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
