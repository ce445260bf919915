package org.stratum.engine.warehouse;

import java.util.Optional;
import java.util.Properties;

/**
 * How much memory DuckDB may use for the warehouse. By default DuckDB takes up to 80% of the
 * machine's RAM and spills to disk beyond it; on a shared server {@code STRATUM_DUCKDB_MEMORY}
 * (or the system property {@code stratum.duckdb.memory}), e.g. {@code 4GB}, caps it. A cap costs
 * speed: docs/benchmarks.md shows a 1,000,000-patient measure run at 4 GB. Without a configured cap,
 * imports run under {@link #IMPORT_LIMIT}: an import is one transaction, and uncapped its memory grew
 * with the input (9 GB for 100,000 FHIR patients) while capped it stays flat at no cost in time.
 */
final class DuckDbMemory {
    static final String VARIABLE = "STRATUM_DUCKDB_MEMORY";
    static final String PROPERTY = "stratum.duckdb.memory";
    /** The cap of an import when none is configured (docs/benchmarks.md, "Memory"). */
    static final String IMPORT_LIMIT = "2GB";

    private DuckDbMemory() {
    }

    /** The configured limit, as DuckDB reads it (e.g. "4GB", "512MB"), when one is set. */
    static Optional<String> limit() {
        String value = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The cap an import sets for its duration: none when the operator configured one for everything. */
    static Optional<String> importLimit() {
        return limit().isPresent() ? Optional.empty() : Optional.of(IMPORT_LIMIT);
    }

    /** DuckDB's connection settings: the memory limit when one is configured, nothing otherwise. */
    static Properties settings() {
        Properties settings = new Properties();
        limit().ifPresent(value -> settings.setProperty("memory_limit", value));
        return settings;
    }
}
