package org.stratum.engine.ingest.mapping;

import java.util.List;

/** The same value for every row, e.g. {@code status: { value: finished }}. */
record Constant(String value) implements ValueSource {
    @Override
    public List<SourceColumn> columns() {
        return List.of();
    }

    @Override
    public String label() {
        return "the constant \"" + value + "\"";
    }
}
