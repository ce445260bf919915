package org.stratum.app.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.stratum.engine.warehouse.Warehouse;
import org.stratum.engine.warehouse.WarehouseSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Says what the warehouse holds: patients, records by kind, the last import. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show what the warehouse holds.")
final class StatusCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @ParentCommand
    StratumCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Warehouse warehouse = Warehouses.open(root, out)) {
            WarehouseSummary summary = warehouse.summary();
            out.println("Data directory: " + root.dataDir());
            out.println(describe(summary));
            summary.recordsByTable().forEach((table, rows) -> out.printf("  %-16s %,12d%n", table, rows));
        }
        return 0;
    }

    static String describe(WarehouseSummary summary) {
        String last = summary.lastImport()
                .map(i -> String.format("last import: %s (%s) at %s, %,d rows", i.source(), i.format(),
                        WHEN.format(i.finishedAt()), i.rowsLoaded()))
                .orElse("nothing imported yet");
        return String.format("Warehouse: %,d patients, %,d clinical records; %s.", summary.patients(), summary.records(), last);
    }
}
