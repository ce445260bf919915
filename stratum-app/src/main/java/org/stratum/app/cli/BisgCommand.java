package org.stratum.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.core.real.bisg.Bisg;
import org.stratum.core.real.bisg.Imputation;
import org.stratum.engine.real.bisg.BisgEstimate;
import org.stratum.engine.real.bisg.BisgImputation;
import org.stratum.engine.real.bisg.BisgTableRejected;
import org.stratum.engine.real.bisg.CensusAreaFile;
import org.stratum.engine.real.bisg.CensusSurnameFile;
import org.stratum.engine.real.bisg.PublishedBisgEstimate;
import org.stratum.engine.warehouse.Warehouse;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code stratum real bisg}: imputes race and ethnicity probabilities (BISG) for patients without a
 * self-report, from the user's Census tables, and {@code estimate} shows a measure's rates with and
 * without them. Imputations are population estimates: never listed per patient.
 */
@Command(name = "bisg", mixinStandardHelpOptions = true,
        description = "Impute race/ethnicity probabilities (BISG) for patients without a self-report, from the Census"
                + " 2010 surname list and a ZCTA table you downloaded (see docs/bisg.md). They are stored apart"
                + " (patient_race_imputed) for population estimates only; self-report always wins.",
        subcommands = {BisgCommand.Estimate.class})
final class BisgCommand implements Callable<Integer> {
    @ParentCommand
    RealCommand real;

    @Spec
    CommandSpec spec;

    // Checked in call(), not by picocli, so that the estimate subcommand does not need them.
    @Option(names = "--surnames", paramLabel = "FILE",
            description = "The Census 2010 surname list, Names_2010Census.csv from names.zip.")
    Path surnames;

    @Option(names = "--geography", paramLabel = "FILE",
            description = "Adults by race and ethnicity per ZCTA (2020 Census DHC P11, CFPB layout), as CSV.")
    Path geography;

    @Override
    public Integer call() {
        if (surnames == null || geography == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option"
                    + (surnames == null && geography == null ? "s: '--surnames=FILE', '--geography=FILE'"
                    : surnames == null ? ": '--surnames=FILE'" : ": '--geography=FILE'"));
        }
        PrintWriter out = spec.commandLine().getOut();
        Bisg bisg;
        try {
            bisg = new Bisg(CensusSurnameFile.read(surnames), CensusAreaFile.read(geography));
        } catch (BisgTableRejected rejected) {
            return badFile(spec, rejected);
        }
        try (Warehouse warehouse = Warehouses.open(real.root, out)) {
            BisgImputation.Summary summary = new BisgImputation(warehouse)
                    .run(bisg, surnames, geography, System.getProperty("user.name", "unknown"));
            out.printf(Locale.ROOT, "Imputed race/ethnicity probabilities (BISG) for %,d of %,d patients.%n",
                    summary.imputed(), summary.patients());
            for (Imputation.Basis basis : Imputation.Basis.values()) {
                out.printf(Locale.ROOT, "  from %-17s %,d%n", basis.label() + ":", summary.imputedBy().getOrDefault(basis, 0L));
            }
            out.printf(Locale.ROOT, "Self-reported race/ethnicity kept as it is (not imputed): %,d patients.%n",
                    summary.selfReported());
            out.printf(Locale.ROOT, "Neither the surname on the list nor the ZIP in the table: %,d patients.%n",
                    summary.notImputable());
            out.println("Stored in patient_race_imputed, for population estimates only (stratum real bisg estimate);"
                    + " never a patient's race.");
        }
        return 0;
    }

    /** A table that cannot be used: one line naming file, line and column; exit code 2. */
    static int badFile(CommandSpec spec, BisgTableRejected rejected) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("stratum: " + rejected.getMessage());
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    @Command(name = "estimate", mixinStandardHelpOptions = true,
            description = "A computed measure's rates by race/ethnicity two ways: self-reported patients only, and"
                    + " everyone with BISG probabilities as weights where there is no self-report. Counts of 1 to 10,"
                    + " and rates that would reveal them, are never printed.")
    static final class Estimate implements Callable<Integer> {
        private static final SuppressionPolicy POLICY = SuppressionPolicy.CMS;

        @ParentCommand
        BisgCommand bisg;

        @Spec
        CommandSpec spec;

        @Option(names = "--measure", required = true, paramLabel = "ID", description = "Our id or the CMS id, e.g. CMS165.")
        String measureName;

        @Option(names = "--period", required = true, paramLabel = "START/END", description = "A period already computed.")
        String period;

        @Override
        public Integer call() {
            MeasurementPeriod chosen = MeasuresCommand.Run.parsePeriod(spec, period);
            PrintWriter out = spec.commandLine().getOut();
            try (Warehouse warehouse = Warehouses.open(bisg.real.root, out)) {
                MeasureDefinition measure = MeasuresCommand.library(bisg.real.root, warehouse).require(measureName);
                List<BisgEstimate.Estimate> estimates = new BisgEstimate(warehouse).estimate(measure.id(), chosen);
                if (estimates.isEmpty()) {
                    throw new IllegalStateException(measure.displayName() + " has no results for " + chosen
                            + "; run 'stratum measures run --period " + chosen + "' first");
                }
                for (BisgEstimate.Estimate estimate : estimates) {
                    print(out, measure, chosen, estimate, estimates.size() > 1);
                }
                out.println("BISG-weighted: patients without a self-report count as their imputed probabilities (population"
                        + " estimate, labelled, never a patient's race); self-report always wins.");
                out.println("Hidden: counts of 1 to 10 patients, counts that would reveal one, and their rates.");
            }
            return 0;
        }

        private static void print(PrintWriter out, MeasureDefinition measure, MeasurementPeriod period,
                BisgEstimate.Estimate estimate, boolean groups) {
            out.printf("%s, %s%s: rate by race/ethnicity%n", measure.displayName(), period,
                    groups ? " (group " + estimate.groupId() + ")" : "");
            out.printf("  %-48s %22s  %26s%n", "", "Self-reported only", "Self-reported + BISG-weighted");
            out.printf("  %-48s %12s %9s  %16s %9s%n", "Group", "eligible", "rate", "weighted eligible", "rate");
            for (PublishedBisgEstimate.Row row : PublishedBisgEstimate.of(estimate, POLICY).rows()) {
                out.printf("  %-48s %s  %s%n", row.group().label(),
                        cells(row.selfReportedEligible().isPresent()
                                ? String.format(Locale.ROOT, "%,d", row.selfReportedEligible().getAsLong()) : null,
                                row.selfReportedRate(), 12),
                        cells(row.weightedEligible().isPresent()
                                ? String.format(Locale.ROOT, "%,.1f", row.weightedEligible().getAsDouble()) : null,
                                row.weightedRate(), 16));
            }
            out.println();
        }

        /** Eligible and rate, "hidden" for a group the published estimate hides, "-" for a rate of nobody. */
        private static String cells(String eligible, OptionalDouble rate, int width) {
            if (eligible == null) {
                return String.format(Locale.ROOT, "%" + width + "s %9s", "hidden", "hidden");
            }
            return String.format(Locale.ROOT, "%" + width + "s %9s", eligible,
                    rate.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * rate.getAsDouble()) : "-");
        }
    }
}
