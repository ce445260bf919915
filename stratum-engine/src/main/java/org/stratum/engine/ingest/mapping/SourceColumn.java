package org.stratum.engine.ingest.mapping;

import java.util.List;

/**
 * A column of a source file, by the name in its header (or in the mapping's {@code column-names} for
 * a file without one), and the mapping line that names it.
 */
record SourceColumn(String name, int line) implements ValueSource {
    @Override
    public List<SourceColumn> columns() {
        return List.of(this);
    }

    @Override
    public String label() {
        return name;
    }
}
