package org.stratum.engine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.csv.StratumCsvFiles;
import org.stratum.engine.ingest.csv.StratumCsvFormat;

class WarehouseRebuildTest {
    @TempDir
    Path temp;
    private final Importer importer = Importer.withBuiltInFormats();
    private final List<String> notices = new ArrayList<>();
    private DataDirectory data;
    private Path extract;

    @BeforeEach
    void importSmallPopulation() {
        data = DataDirectory.at(temp.resolve("data"));
        extract = StratumCsvFiles.smallPopulation(temp.resolve("extract"));
        try (Warehouse warehouse = Warehouse.open(data, importer, notices::add)) {
            importer.run(warehouse, new ImportRequest("clinic", StratumCsvFormat.NAME, List.of(extract), true, "tester"));
        }
    }

    private Warehouse reopen() {
        return Warehouse.open(data, importer, notices::add);
    }

    @Test
    void eachReplayedImportStartsWithDuckDbsUsualThreadsWhateverTheOneBeforeSet() {
        List<LedgerEntry> entries = List.of(entry(), entry());
        List<String> threadsAtStart = new ArrayList<>();

        WarehouseRebuild.run(data, entries, (transaction, entry) -> {
            try (Statement s = transaction.createStatement();
                 java.sql.ResultSet threads = s.executeQuery("SELECT current_setting('threads')")) {
                threads.next();
                threadsAtStart.add(threads.getString(1));
                s.execute("SET threads = 1"); // as a FHIR import does
            }
        }, notices::add);

        assertThat(threadsAtStart).hasSize(2).allMatch(threadsAtStart.get(0)::equals);
    }

    private static LedgerEntry entry() {
        return new LedgerEntry(java.util.UUID.randomUUID().toString(), "test", "test", List.of(), false, false, "tester",
                java.time.Instant.now(), java.time.Instant.now(), java.util.Map.of(), 0);
    }

    @Test
    void aCurrentWarehouseOpensWithoutRebuilding() {
        try (Warehouse warehouse = reopen()) {
            assertThat(warehouse.summary().patients()).isEqualTo(3);
        }
        assertThat(notices).isEmpty();
    }

    @Test
    void anOlderSchemaVersionIsRebuiltFromTheLedger() throws Exception {
        try (Connection c = Warehouse.connect(data.warehouseFile()); Statement s = c.createStatement()) {
            s.execute("UPDATE stratum_meta SET value = '0' WHERE key = 'schema_version'");
            s.execute("DELETE FROM patient");
        }

        try (Warehouse warehouse = reopen()) {
            assertThat(warehouse.summary().patients()).isEqualTo(3);
            assertThat(warehouse.imports()).hasSize(1);
        }
        assertThat(notices.get(0)).contains("was written by schema version 0")
                .contains("version " + WarehouseSchema.VERSION).contains("rebuilding it from 1 recorded import");
    }

    @Test
    void aDamagedFileIsRebuilt() throws Exception {
        Files.write(data.warehouseFile(), "this is not a database".repeat(1000).getBytes());

        try (Warehouse warehouse = reopen()) {
            assertThat(warehouse.summary().patients()).isEqualTo(3);
        }
        assertThat(notices.get(0)).contains("cannot be read");
    }

    @Test
    void aMissingWarehouseIsRebuilt() throws Exception {
        Files.delete(data.warehouseFile());

        try (Warehouse warehouse = reopen()) {
            assertThat(warehouse.summary().recordsByTable()).containsEntry("encounter", 2L);
        }
        assertThat(notices.get(0)).contains("There is no warehouse");
    }

    @Test
    void anImportTheLedgerMissedIsRestoredToIt() throws Exception {
        Files.delete(data.ledgerFile());

        try (Warehouse warehouse = reopen()) {
            assertThat(warehouse.summary().patients()).isEqualTo(3);
        }
        assertThat(new ImportLedger(data.ledgerFile()).entries()).hasSize(1);
        assertThat(notices).isEmpty();
    }

    @Test
    void aTornLastLedgerLineIsIgnored() throws Exception {
        Files.writeString(data.ledgerFile(), "{\"importId\":\"half", java.nio.file.StandardOpenOption.APPEND);

        assertThat(new ImportLedger(data.ledgerFile()).entries()).hasSize(1);
    }

    @Test
    void aRebuildThatCannotFindItsSourceSaysWhichFileAndKeepsTheOldWarehouse() throws Exception {
        try (Connection c = Warehouse.connect(data.warehouseFile()); Statement s = c.createStatement()) {
            s.execute("UPDATE stratum_meta SET value = '0' WHERE key = 'schema_version'");
        }
        byte[] before = Files.readAllBytes(data.warehouseFile());
        Files.delete(extract.resolve("encounter.csv"));

        assertThatThrownBy(this::reopen)
                .isInstanceOf(WarehouseRebuildFailed.class)
                .hasMessageContaining("encounter.csv")
                .hasMessageContaining("no longer there");
        assertThat(Files.readAllBytes(data.warehouseFile())).isEqualTo(before);
        assertThat(data.resolve("warehouse.rebuilding.duckdb")).doesNotExist();
    }

    @Test
    void aChangedSourceFileStopsTheRebuild() throws Exception {
        Files.delete(data.warehouseFile());
        Files.writeString(extract.resolve("patient.csv"), "patient_id\np1\n");

        assertThatThrownBy(this::reopen)
                .isInstanceOf(WarehouseRebuildFailed.class)
                .hasMessageContaining("patient.csv has changed");
    }
}
