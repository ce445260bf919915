package org.stratum.engine.real.bisg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.core.real.bisg.Bisg;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.csv.StratumCsvFiles;
import org.stratum.engine.ingest.csv.StratumCsvFormat;
import org.stratum.engine.real.census.CensusTable;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.LedgerEntry;
import org.stratum.engine.warehouse.Warehouse;
import org.stratum.engine.warehouse.WarehouseRebuildFailed;

/**
 * The census table and the BISG imputations are recorded in the import ledger, so a real rebuild of
 * the warehouse (a new schema version, a lost file) has them again, row for row.
 */
class CensusAndBisgRebuildTest {
    private static final String CENSUS = """
            ZCTA5,Hispanic_Total,NH_White_alone,NH_Black_alone,NH_AIAN_alone,NH_API_alone,NH_Other_alone,NH_Mult_Total
            94601,20000,3000,6000,100,5000,300,900
            92683,20000,15000,500,200,40000,200,1500
            95814,2500,6000,1500,100,1200,100,800
            """;

    @TempDir
    Path temp;
    private final Importer importer = Importer.withBuiltInFormats();
    private final List<String> notices = new ArrayList<>();
    private DataDirectory data;
    private Path census;

    @BeforeEach
    void importLoadAndImpute() throws Exception {
        data = DataDirectory.at(temp.resolve("data"));
        Path extract = StratumCsvFiles.smallPopulation(temp.resolve("extract"));
        census = Files.writeString(temp.resolve("zcta_over18_race_2020.csv"), CENSUS);
        Bisg bisg = new Bisg(CensusSurnameFile.read(BisgFixtures.surnames()), CensusAreaFile.read(BisgFixtures.zctas()));
        try (Warehouse warehouse = open()) {
            importer.run(warehouse, new ImportRequest("clinic", StratumCsvFormat.NAME, List.of(extract), true, "tester"));
            new CensusTable(warehouse).load(census, "tester");
            new BisgImputation(warehouse).run(bisg, BisgFixtures.surnames(), BisgFixtures.zctas(), "tester");
        }
    }

    private Warehouse open() {
        return Warehouse.open(data, importer, notices::add);
    }

    private static String fingerprint(Warehouse warehouse, String table) throws SQLException {
        try (Connection c = warehouse.connect(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(*) || ':' || coalesce(sum(hash(t)), 0) FROM " + table + " t")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private void outdateAndEmpty() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.warehouseFile()); Statement s = c.createStatement()) {
            s.execute("UPDATE stratum_meta SET value = '0' WHERE key = 'schema_version'");
            s.execute("DELETE FROM census_zcta");
            s.execute("DELETE FROM patient_race_imputed");
        }
    }

    @Test
    void aRebuildLoadsTheCensusTableAndImputesAgainRowForRow() throws Exception {
        String censusRows;
        String imputations;
        try (Warehouse warehouse = open()) {
            censusRows = fingerprint(warehouse, "census_zcta");
            imputations = fingerprint(warehouse, "patient_race_imputed");
            assertThat(warehouse.imports()).extracting(LedgerEntry::format)
                    .containsExactly(StratumCsvFormat.NAME, CensusTable.LOAD_NAME, BisgImputation.LOAD_NAME);
        }
        assertThat(censusRows).startsWith("3:");
        assertThat(imputations).doesNotStartWith("0:");
        outdateAndEmpty();

        try (Warehouse rebuilt = open()) {
            assertThat(fingerprint(rebuilt, "census_zcta")).isEqualTo(censusRows);
            assertThat(fingerprint(rebuilt, "patient_race_imputed")).isEqualTo(imputations);
            assertThat(new CensusTable(rebuilt).zctas()).isEqualTo(3);
        }
        assertThat(notices).anyMatch(n -> n.contains("rebuilding it from 3 recorded imports"))
                .anyMatch(n -> n.contains("census-zcta")).anyMatch(n -> n.contains("bisg"));
    }

    @Test
    void aLostWarehouseFileIsRebuiltWithBoth() throws Exception {
        String imputations;
        try (Warehouse warehouse = open()) {
            imputations = fingerprint(warehouse, "patient_race_imputed");
        }
        Files.delete(data.warehouseFile());

        try (Warehouse rebuilt = open()) {
            assertThat(fingerprint(rebuilt, "patient_race_imputed")).isEqualTo(imputations);
            assertThat(new CensusTable(rebuilt).zctas()).isEqualTo(3);
        }
    }

    @Test
    void aCensusFileThatIsGoneStopsTheRebuildNamingItAndKeepsTheOldWarehouse() throws Exception {
        outdateAndEmpty();
        byte[] before = Files.readAllBytes(data.warehouseFile());
        Files.move(census, temp.resolve("elsewhere.csv"));

        assertThatThrownBy(this::open).isInstanceOf(WarehouseRebuildFailed.class)
                .hasMessageContaining("census table loaded").hasMessageContaining("zcta_over18_race_2020.csv")
                .hasMessageContaining("no longer there").hasMessageContaining("imports.jsonl");
        assertThat(Files.readAllBytes(data.warehouseFile())).isEqualTo(before);
    }
}
