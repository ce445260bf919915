package org.stratum.app.web.data;

import java.util.List;
import java.util.Map;
import org.stratum.engine.warehouse.WarehouseSchema;

/** Rows of one warehouse table, in the warehouse's own order (reference data, patients, then records). */
record TableRows(String table, long rows) {

    /** The tables with rows, zeros left out. */
    static List<TableRows> of(Map<String, Long> rowsByTable) {
        return WarehouseSchema.DATA_TABLES.stream()
                .filter(table -> rowsByTable.getOrDefault(table, 0L) != 0)
                .map(table -> new TableRows(table, rowsByTable.get(table)))
                .toList();
    }
}
