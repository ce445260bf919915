package org.stratum.engine.warehouse;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the warehouse holds, for the home page and {@code stratum status}: how many patients, how
 * many clinical records of each kind, and the most recent import.
 *
 * @param patients       number of patients
 * @param recordsByTable clinical records per warehouse table (encounter, condition, observation…)
 * @param lastImport     the most recent import, empty when nothing has been imported yet
 */
public record WarehouseSummary(long patients, Map<String, Long> recordsByTable, Optional<LastImport> lastImport) {

    public WarehouseSummary {
        recordsByTable = Collections.unmodifiableMap(new LinkedHashMap<>(recordsByTable));
    }

    public long records() {
        return recordsByTable.values().stream().mapToLong(Long::longValue).sum();
    }

    public static WarehouseSummary empty() {
        return new WarehouseSummary(0, Map.of(), Optional.empty());
    }

    /** One completed import: where it came from, when, and how many rows it loaded. */
    public record LastImport(String source, String format, Instant finishedAt, long rowsLoaded, long rowsRejected) {
    }
}
