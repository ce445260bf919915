package org.stratum.engine.ingest.mapping;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Loads the value maps an import uses into its {@code mapping_value} table, with DuckDB's Appender. */
final class ValueMapTable {
    private final Connection sql;

    ValueMapTable(Connection sql) {
        this.sql = sql;
    }

    /** Appends every map and numbers it in {@code ids}. */
    void fill(List<ValueMap> maps, Map<ValueMap, Integer> ids) throws SQLException {
        try (DuckDBAppender appender = sql.unwrap(DuckDBConnection.class).createAppender("temp", "main", "mapping_value")) {
            for (ValueMap map : maps) {
                int id = ids.size();
                ids.put(map, id);
                for (Map.Entry<String, MappedValue> entry : map.values().entrySet()) {
                    MappedValue value = entry.getValue();
                    appender.beginRow();
                    appender.append(id);
                    appender.append(entry.getKey());
                    appender.append(value.value());
                    appender.append(value.system());
                    appender.append(value.code());
                    appender.append(value.display());
                    appender.append(value.response());
                    appender.append(value.ombCategory());
                    if (value.detailed() == null) {
                        appender.appendNull();
                    } else {
                        appender.append(value.detailed());
                    }
                    appender.endRow();
                }
            }
        }
    }
}
