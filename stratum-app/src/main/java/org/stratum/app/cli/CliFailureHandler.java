package org.stratum.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A failing command says what went wrong in one line (data directory not writable, port in use,
 * database unreachable, a rejected file…) and exits with 1; {@code --verbose} adds the stack trace.
 */
final class CliFailureHandler implements IExecutionExceptionHandler {
    private final StratumCommand root;

    CliFailureHandler(StratumCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println("stratum: " + CliFailure.describe(exception));
        if (root.verbose) {
            exception.printStackTrace(err);
        } else {
            err.println("(run with --verbose for details)");
        }
        err.flush();
        return 1;
    }
}
