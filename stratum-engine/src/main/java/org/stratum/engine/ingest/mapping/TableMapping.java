package org.stratum.engine.ingest.mapping;

import java.util.List;
import java.util.stream.Stream;

/**
 * The rows one source file gives one warehouse table.
 *
 * @param table       the warehouse table
 * @param line        the mapping line
 * @param whenPresent source columns that must be non-empty for a row to give this table a row (e.g.
 *                    the systolic reading, for a blood-pressure row); other rows are passed over
 * @param columns     the columns the mapping sets
 * @param derived     the columns value maps fill
 */
record TableMapping(String table, int line, List<SourceColumn> whenPresent, List<ColumnMapping> columns,
                    List<DerivedColumn> derived) {
    TableMapping {
        whenPresent = List.copyOf(whenPresent);
        columns = List.copyOf(columns);
        derived = List.copyOf(derived);
    }

    /** Every source column it reads, with the mapping line that names it. */
    List<SourceColumn> sourceColumns() {
        return Stream.concat(whenPresent.stream(),
                columns.stream().flatMap(c -> c.source().columns().stream())).toList();
    }
}
