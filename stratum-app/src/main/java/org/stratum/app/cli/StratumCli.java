package org.stratum.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code stratum} command line. Parsing and {@code --help} never start Spring, so they answer
 * at once; commands that serve the web app start it themselves.
 */
public final class StratumCli {
    private StratumCli() {
    }

    public static void main(String[] args) {
        StratumCommand root = new StratumCommand();
        int exitCode = run(root, args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (!root.isServing()) {
            System.exit(exitCode);
        }
    }

    /** Wrong usage: one line saying what is wrong, then the usage of the command concerned; exit code 2. */
    private static int wrongUsage(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        String reason = problem.getMessage();
        if (problem instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            reason += " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
        }
        err.println("stratum: " + reason);
        command.usage(err);
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    /** Runs one command line and returns its exit code: 0 done, 1 failed, 2 wrong usage. */
    public static int run(StratumCommand root, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(root)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpAutoWidth(true)
                .setExecutionExceptionHandler(new CliFailureHandler(root))
                .setParameterExceptionHandler(StratumCli::wrongUsage);
        return commandLine.execute(args);
    }
}
