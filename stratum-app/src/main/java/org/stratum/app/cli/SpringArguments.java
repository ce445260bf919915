package org.stratum.app.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The Spring properties every command that starts the application passes: the data directory,
 * the workflow store, and quiet logs while starting unless {@code --verbose} (failures are reported by
 * the command line in one sentence instead of Spring's start-up report).
 */
final class SpringArguments {
    private SpringArguments() {
    }

    static List<String> common(StratumCommand root) {
        List<String> args = new ArrayList<>();
        args.add("--stratum.data-dir=" + root.dataDir());
        if (root.databaseUrl != null) {
            args.add("--spring.datasource.url=" + root.databaseUrl);
        }
        if (!root.verbose) {
            // Quiet while starting: a failure is reported by the command line in one sentence.
            // WebServer restores warnings once the application runs.
            args.add("--logging.level.root=OFF");
        } else {
            args.add("--logging.level.root=INFO");
        }
        return args;
    }
}
