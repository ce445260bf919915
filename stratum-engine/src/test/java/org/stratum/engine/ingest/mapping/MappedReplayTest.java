package org.stratum.engine.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;
import org.stratum.engine.warehouse.WarehouseRebuildFailed;

/** A mapped import is recorded with its mapping, so rebuilding the warehouse replays it exactly. */
class MappedReplayTest {
    @TempDir
    Path temp;
    private final Importer importer = Importer.withBuiltInFormats();
    private final List<String> notices = new ArrayList<>();
    private DataDirectory data;
    private Path mapping;
    private Path extract;

    @BeforeEach
    void importTheExample() throws Exception {
        data = DataDirectory.at(temp.resolve("data"));
        mapping = Files.copy(ExampleExtractTest.MAPPING, temp.resolve("chc.yaml"));
        extract = Files.createDirectories(temp.resolve("extract"));
        try (var files = Files.list(ExampleExtractTest.EXTRACT)) {
            for (Path file : files.toList()) {
                Files.copy(file, extract.resolve(file.getFileName()));
            }
        }
        try (Warehouse warehouse = Warehouse.open(data, importer, notices::add)) {
            importer.run(warehouse, new ImportRequest("chc-ehr", MappedCsvFormat.NAME, List.of(mapping, extract), false,
                    "tester"));
        }
    }

    private void forceStaleSchema() throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + data.warehouseFile());
             Statement s = c.createStatement()) {
            s.execute("UPDATE stratum_meta SET value = '0' WHERE key = 'schema_version'");
            s.execute("DELETE FROM patient_race_ethnicity");
            s.execute("DELETE FROM patient");
        }
    }

    @AfterEach
    void close() {
        notices.clear();
    }

    @Test
    void aStaleWarehouseIsRebuiltWithTheMappedImport() throws Exception {
        forceStaleSchema();

        try (Warehouse warehouse = Warehouse.open(data, importer, notices::add)) {
            assertThat(warehouse.summary().patients()).isEqualTo(8);
            assertThat(warehouse.imports()).singleElement().satisfies(e -> {
                assertThat(e.format()).isEqualTo(MappedCsvFormat.NAME);
                assertThat(e.files().get(0).path()).endsWith("chc.yaml");
            });
            try (Connection c = warehouse.connect(); Statement s = c.createStatement();
                 var rows = s.executeQuery("SELECT count(*) FROM patient_race_ethnicity WHERE response = 'declined'")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(1);
            }
        }
        assertThat(notices.get(0)).contains("rebuilding it from 1 recorded import");
    }

    @Test
    void aChangedMappingStopsTheRebuildNamingIt() throws Exception {
        forceStaleSchema();
        Files.writeString(mapping, Files.readString(mapping).replace("Unknown: unknown", "Unknown: declined"));

        assertThatThrownBy(() -> Warehouse.open(data, importer, notices::add))
                .isInstanceOf(WarehouseRebuildFailed.class)
                .hasMessageContaining("chc.yaml has changed");
    }

    @Test
    void reimportingTheSameFilesIsANoOpAndAChangedRecordReplacesTheOld() throws Exception {
        try (Warehouse warehouse = Warehouse.open(data, importer, notices::add)) {
            ImportRequest again = new ImportRequest("chc-ehr", MappedCsvFormat.NAME, List.of(mapping, extract), false, "tester");
            assertThat(importer.run(warehouse, again).alreadyLoaded()).isTrue();

            Path visits = extract.resolve("visits.csv");
            Files.writeString(visits, Files.readString(visits, StandardCharsets.ISO_8859_1)
                    .replace("V1007,TEST0007,08/08/2025,16:00,OV-EST,S01,PRV01,No Show",
                            "V1007,TEST0007,08/09/2025,16:00,OV-EST,S01,PRV01,Completed"),
                    StandardCharsets.ISO_8859_1);
            importer.run(warehouse, again);

            try (Connection c = warehouse.connect(); Statement s = c.createStatement();
                 var rows = s.executeQuery("SELECT count(*), min(status) FROM encounter WHERE encounter_id = 'V1007'")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(1);
                assertThat(rows.getString(2)).isEqualTo("finished");
            }
            assertThat(warehouse.summary().patients()).isEqualTo(8);
            assertThat(warehouse.summary().recordsByTable()).containsEntry("encounter", 8L);
        }
    }
}
