package org.stratum.engine.ingest;

import java.util.List;
import java.util.Map;

/**
 * What a format loaded: rows per warehouse table, the records it could not load, the records it
 * read but Stratum does not use (by resource type, e.g. MeasureReport), which are not errors, and the
 * source values its mapping does not translate (CSV extracts read through a mapping file; empty for
 * other formats).
 */
public record LoadResult(Map<String, Long> rowsLoaded, List<Reject> rejects, Map<String, Long> skipped,
                         List<UnmappedValue> unmapped) {
    public LoadResult {
        rowsLoaded = Map.copyOf(rowsLoaded);
        rejects = List.copyOf(rejects);
        skipped = Map.copyOf(skipped);
        unmapped = List.copyOf(unmapped);
    }

    /** A result with no unmapped values, as every format without a mapping returns. */
    public LoadResult(Map<String, Long> rowsLoaded, List<Reject> rejects, Map<String, Long> skipped) {
        this(rowsLoaded, rejects, skipped, List.of());
    }

    public static LoadResult loaded(Map<String, Long> rows) {
        return new LoadResult(rows, List.of(), Map.of());
    }
}
