package org.stratum.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stratum.app.equity.BadStrataParameter;
import org.stratum.app.equity.OfferedDimensions;
import org.stratum.app.equity.StrataParameters;
import org.stratum.app.equity.StrataView;
import org.stratum.app.equity.StrataViews;
import org.stratum.engine.warehouse.Warehouse;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A computed measure by one or two dimensions among filtered patients, as the Explore page and the API show it. */
@Command(name = "stratify", mixinStandardHelpOptions = true,
        description = "Stratify a computed measure by one or two dimensions combined, among the patients passing every"
                + " filter (filters on different dimensions must all hold; several values of one dimension are"
                + " alternatives), with rates, 95%% intervals, comparisons with a reference and the disparity summary."
                + " Counts of 1 to 10, and counts revealing one, are hidden unless --no-suppress is given."
                + " Dimensions and their values: docs/dimensions.md.")
final class StratifyCommand implements Callable<Integer> {
    @ParentCommand
    StratumCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--measure", paramLabel = "ID", required = true, description = "The measure, by id or CMS id.")
    String measure;

    @Option(names = "--by", paramLabel = "DIM[,DIM]", required = true, split = ",",
            description = "One or two dimensions, e.g. race-2024 or race-2024,site.")
    List<String> by = new ArrayList<>();

    @Option(names = "--filter", paramLabel = "DIM=VALUE",
            description = "Only patients with this value, e.g. site=S1 or social-needs=need; may be repeated.")
    List<String> filters = new ArrayList<>();

    @Option(names = "--period", paramLabel = "START/END",
            description = "A period the measure was computed for, e.g. 2025-01-01/2025-12-31 or 2025 (default: the"
                    + " latest computed).")
    String period;

    @Option(names = "--reference", paramLabel = "best|largest|overall|rest|VALUE",
            description = "What each stratum is compared with: the best-performing or largest stratum, the overall"
                    + " rate, everyone else (default), or one stratum by its label or values (e.g. White or"
                    + " White,S1).")
    String reference;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    StrataFormat format;

    @Option(names = "--no-suppress", description = "Show every count, however small: for an analyst working locally"
            + " with the data; the output says so. Never use it for anything shared.")
    boolean noSuppress;

    @Option(names = "--optional-dimensions", paramLabel = "DIM[,DIM]", split = ",",
            defaultValue = "${env:" + OfferedDimensions.ENVIRONMENT + "}",
            description = "The optional dimensions to allow: sexual-orientation, gender-identity, disability (default:"
                    + " the environment variable " + OfferedDimensions.ENVIRONMENT + ", as for the web app; none when"
                    + " unset).")
    List<String> optionalDimensions = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OfferedDimensions offered;
        try {
            offered = OfferedDimensions.withOptional(optionalDimensions);
        } catch (IllegalArgumentException e) {
            err.println("stratum stratify: --optional-dimensions: " + e.getMessage());
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
        // Notices (e.g. a warehouse rebuild) go to the error stream, so that CSV and JSON output stay clean.
        try (Warehouse warehouse = Warehouses.open(root, err)) {
            StrataViews views = new StrataViews(MeasuresCommand.library(root, warehouse), warehouse, offered);
            StrataView view = views.build(new StrataParameters(measure, by, filters, period, reference, !noSuppress));
            format.write(view, out);
            out.flush();
            return 0;
        } catch (BadStrataParameter e) {
            err.println("stratum stratify: --" + e.parameter() + ": " + e.getMessage());
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
    }
}
