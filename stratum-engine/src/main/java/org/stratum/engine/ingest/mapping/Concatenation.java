package org.stratum.engine.ingest.mapping;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Columns and constants joined with a separator, e.g. a visit date and time in two columns, or an id
 * made of a visit number and a suffix. Empty when any of its columns is empty in the row.
 */
record Concatenation(List<ValueSource> parts, String separator) implements ValueSource {
    Concatenation {
        parts = List.copyOf(parts);
    }

    @Override
    public List<SourceColumn> columns() {
        return parts.stream().flatMap(p -> p.columns().stream()).toList();
    }

    @Override
    public String label() {
        return parts.stream().map(p -> p instanceof Constant c ? "\"" + c.value() + "\"" : p.label())
                .collect(Collectors.joining(" + "));
    }
}
