package org.stratum.engine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.ingest.Importer;

/** The memory an operator allows DuckDB, through stratum.duckdb.memory (or STRATUM_DUCKDB_MEMORY). */
class WarehouseMemoryLimitTest {
    @TempDir
    Path temp;

    @AfterEach
    void forgetTheLimit() {
        System.clearProperty(DuckDbMemory.PROPERTY);
    }

    @Test
    void aConfiguredLimitIsWhatDuckDbUses() throws SQLException {
        System.setProperty(DuckDbMemory.PROPERTY, "1GB");

        try (Warehouse warehouse = open()) {
            assertThat(memoryLimit(warehouse)).isEqualTo("953.6 MiB"); // DuckDB counts a GB as 10^9 bytes
        }
    }

    @Test
    void withoutALimitDuckDbKeepsItsOwnDefault() throws SQLException {
        try (Warehouse warehouse = open()) {
            assertThat(memoryLimit(warehouse)).isNotEqualTo("953.6 MiB");
        }
    }

    @Test
    void withoutALimitAnImportRunsUnderTheImportCapAndTheDefaultComesBackAfter() throws SQLException {
        try (Warehouse warehouse = open()) {
            String usual = memoryLimit(warehouse);
            String[] during = new String[1];

            warehouse.rehearseImport(transaction -> {
                during[0] = memoryLimit(transaction);
                return emptyEntry();
            });

            assertThat(during[0]).isNotEqualTo(usual).matches("1\\.[89] GiB"); // 2 GB = 2 * 10^9 bytes
            assertThat(memoryLimit(warehouse)).isEqualTo(usual);
        }
    }

    @Test
    void aConfiguredLimitHoldsDuringImportsToo() throws SQLException {
        System.setProperty(DuckDbMemory.PROPERTY, "1GB");
        try (Warehouse warehouse = open()) {
            String[] during = new String[1];

            warehouse.rehearseImport(transaction -> {
                during[0] = memoryLimit(transaction);
                return emptyEntry();
            });

            assertThat(during[0]).isEqualTo("953.6 MiB");
            assertThat(memoryLimit(warehouse)).isEqualTo("953.6 MiB");
        }
    }

    @Test
    void aLimitDuckDbCannotReadIsNamedWithTheSetting() {
        System.setProperty(DuckDbMemory.PROPERTY, "lots");

        assertThatThrownBy(this::open)
                .isInstanceOf(WarehouseRebuildFailed.class)
                .hasMessageStartingWith("STRATUM_DUCKDB_MEMORY is 'lots', which DuckDB cannot use as a memory limit");
    }

    private Warehouse open() {
        return Warehouse.open(DataDirectory.at(temp.resolve("data")), Importer.withBuiltInFormats(), n -> { });
    }

    private static String memoryLimit(Warehouse warehouse) throws SQLException {
        try (Connection connection = warehouse.connect()) {
            return memoryLimit(connection);
        }
    }

    private static String memoryLimit(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_setting('memory_limit')")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static LedgerEntry emptyEntry() {
        return new LedgerEntry(UUID.randomUUID().toString(), "test", "test", List.of(), false, false, "tester",
                Instant.now(), Instant.now(), Map.of(), 0);
    }
}
