package org.stratum.engine.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.generate.GeneratorSettings;
import org.stratum.engine.generate.OutputFormat;
import org.stratum.engine.generate.PopulationGenerator;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.Importer.ImportOutcome;
import org.stratum.engine.ingest.Reject;
import org.stratum.engine.warehouse.Warehouse;
import org.stratum.engine.warehouse.WarehouseSchema;

/**
 * Resources are staged and loaded chunk by chunk; what lands in the warehouse must not depend on
 * where the chunks end (references to medications, clinicians and patients cross them).
 */
class ChunkSizeTest {
    private static final int SMALL_CHUNK = 499;

    @TempDir
    Path temp;

    @Test
    void aSyntheticPopulationLoadsTheSameInSmallChunksAsInOne() {
        Path extract = temp.resolve("fhir");
        new PopulationGenerator(new GeneratorSettings(150, 3, extract, OutputFormat.FHIR,
                GeneratorSettings.DEFAULT_HISTORY_END, 3, 2)).run(n -> { });

        assertSameWarehouse(new ImportRequest("synthetic", FhirFormat.NAME, List.of(extract), true, "test"));
    }

    @Test
    void theEcqmTestPatientsLoadTheSameInSmallChunksAsInOne() throws IOException {
        assertSameWarehouse(new ImportRequest("ecqm-tests", FhirFormat.NAME,
                FhirFixtureImportTest.patientFolders(), true, "test", true, false, true));
    }

    private static void assertSameWarehouse(ImportRequest request) {
        try (Warehouse whole = Warehouse.inMemory(); Warehouse chunked = Warehouse.inMemory()) {
            ImportOutcome inOne = new Importer(List.of(new FhirFormat())).run(whole, request);
            ImportOutcome inChunks = new Importer(List.of(new FhirFormat(SMALL_CHUNK))).run(chunked, request);

            assertThat(inChunks.rejects()).extracting(Reject::describe)
                    .isEqualTo(inOne.rejects().stream().map(Reject::describe).toList());
            Map<String, String> expected = contents(whole);
            assertThat(expected.values()).anySatisfy(table -> assertThat(table).doesNotStartWith("0 rows"));
            assertThat(contents(chunked)).isEqualTo(expected);
        }
    }

    /** Each data table as its row count and a digest of its sorted rows. */
    private static Map<String, String> contents(Warehouse warehouse) {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            for (String table : WarehouseSchema.DATA_TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*), md5(coalesce(string_agg(row_text, '\\n'"
                        + " ORDER BY row_text), '')) FROM (SELECT CAST(t AS VARCHAR) AS row_text FROM " + table + " t)")) {
                    rows.next();
                    tables.put(table, rows.getLong(1) + " rows " + rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }
}
