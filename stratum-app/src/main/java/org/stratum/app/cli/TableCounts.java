package org.stratum.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.stratum.engine.warehouse.WarehouseSchema;

/** Rows per warehouse table, in the warehouse's own order (patients first), zeros left out. */
final class TableCounts {
    private TableCounts() {
    }

    static void print(PrintWriter out, Map<String, Long> rows, String indent) {
        for (String table : WarehouseSchema.DATA_TABLES) {
            long n = rows.getOrDefault(table, 0L);
            if (n != 0) {
                out.printf("%s%-24s %,12d%n", indent, table, n);
            }
        }
    }
}
