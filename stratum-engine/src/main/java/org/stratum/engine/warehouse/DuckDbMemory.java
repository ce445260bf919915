package org.stratum.engine.warehouse;

import java.util.Optional;
import java.util.Properties;

/**
 * How much memory DuckDB may use for the warehouse. By default DuckDB takes up to 80% of the
 * machine's RAM and spills to disk beyond it; on a shared server {@code STRATUM_DUCKDB_MEMORY}
 * (or the system property {@code stratum.duckdb.memory}), e.g. {@code 4GB}, caps it. A cap costs
 * speed: docs/benchmarks.md shows a 1,000,000-patient measure run at 4 GB.
 */
final class DuckDbMemory {
    static final String VARIABLE = "STRATUM_DUCKDB_MEMORY";
    static final String PROPERTY = "stratum.duckdb.memory";

    private DuckDbMemory() {
    }

    /** The configured limit, as DuckDB reads it (e.g. "4GB", "512MB"), when one is set. */
    static Optional<String> limit() {
        String value = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** DuckDB's connection settings: the memory limit when one is configured, nothing otherwise. */
    static Properties settings() {
        Properties settings = new Properties();
        limit().ifPresent(value -> settings.setProperty("memory_limit", value));
        return settings;
    }
}
