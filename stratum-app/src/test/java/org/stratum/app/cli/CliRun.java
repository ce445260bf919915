package org.stratum.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in this JVM, as a user would see it: exit code, output, errors. */
record CliRun(int exitCode, String out, String err) {

    static CliRun stratum(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StratumCli.run(new StratumCommand(), args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
