package org.stratum.app.web.home;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.stratum.engine.warehouse.WarehouseSummary;

/**
 * The "Data loaded" section of the home page.
 *
 * @param patients       patients in the warehouse
 * @param records        clinical records in the warehouse, all tables together
 * @param recordsByTable clinical records per warehouse table, by table name
 * @param lastImport     the most recent import, or null when nothing has been imported yet
 */
record DataLoaded(long patients, long records, Map<String, Long> recordsByTable, LastImport lastImport) {

    /** One import, with its finishing time in the server's time zone. */
    record LastImport(String source, String format, ZonedDateTime finishedAt, long rowsLoaded, long rowsRejected) {
    }

    static DataLoaded of(WarehouseSummary summary, ZoneId zone) {
        LastImport last = summary.lastImport()
                .map(i -> new LastImport(i.source(), i.format(), i.finishedAt().atZone(zone), i.rowsLoaded(),
                        i.rowsRejected()))
                .orElse(null);
        return new DataLoaded(summary.patients(), summary.records(), new TreeMap<>(summary.recordsByTable()), last);
    }

    boolean nothingImported() {
        return lastImport == null;
    }
}
