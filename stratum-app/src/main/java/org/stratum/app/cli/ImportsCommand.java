package org.stratum.app.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.stratum.engine.warehouse.LedgerEntry;
import org.stratum.engine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The import history: every import with its source, who, when, files and counts. */
@Command(name = "imports", mixinStandardHelpOptions = true, description = "List the imports the warehouse holds, newest first.")
final class ImportsCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @ParentCommand
    StratumCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--files", description = "Also list each import's files with their SHA-256.")
    boolean files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Warehouse warehouse = Warehouses.open(root, out)) {
            List<LedgerEntry> imports = warehouse.imports();
            if (imports.isEmpty()) {
                out.println("Nothing imported yet.");
            }
            out.printf("%-16s %-20s %-12s %-14s %12s %9s%n", "when", "source", "format", "by", "rows", "rejected");
            for (int i = imports.size() - 1; i >= 0; i--) {
                LedgerEntry entry = imports.get(i);
                out.printf("%-16s %-20s %-12s %-14s %,12d %,9d%n", WHEN.format(entry.finishedAt()), entry.source(),
                        entry.format(), entry.importedBy(), entry.totalRowsLoaded(), entry.rowsRejected());
                TableCounts.print(out, entry.rowsLoaded(), "    ");
                if (files) {
                    entry.files().forEach(f -> out.printf("    %s  %s (%,d bytes)%n", f.sha256(), f.path(), f.bytes()));
                }
            }
        }
        return 0;
    }
}
