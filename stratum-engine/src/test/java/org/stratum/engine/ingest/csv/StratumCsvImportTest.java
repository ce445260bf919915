package org.stratum.engine.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.ingest.ImportRejected;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.Importer.ImportOutcome;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

class StratumCsvImportTest {
    @TempDir
    Path temp;
    private final Importer importer = Importer.withBuiltInFormats();
    private Warehouse warehouse;

    @BeforeEach
    void openWarehouse() {
        warehouse = Warehouse.open(DataDirectory.at(temp.resolve("data")), importer, notice -> { });
    }

    @AfterEach
    void closeWarehouse() {
        warehouse.close();
    }

    private ImportOutcome importFolder(Path folder, boolean replace) {
        return importer.run(warehouse, new ImportRequest("clinic", StratumCsvFormat.NAME, List.of(folder), replace, "tester"));
    }

    @Test
    void loadsEveryFileOfTheFolderAndRecordsTheImport() {
        ImportOutcome outcome = importFolder(StratumCsvFiles.smallPopulation(temp.resolve("extract")), false);

        assertThat(outcome.alreadyLoaded()).isFalse();
        assertThat(outcome.entry().rowsLoaded()).containsEntry("patient", 3L).containsEntry("encounter", 2L);
        assertThat(outcome.entry().files()).hasSize(2).allSatisfy(f -> assertThat(f.sha256()).hasSize(64));
        assertThat(warehouse.summary().patients()).isEqualTo(3);
        assertThat(warehouse.summary().recordsByTable()).containsEntry("encounter", 2L);
        assertThat(warehouse.summary().lastImport()).hasValueSatisfying(last -> {
            assertThat(last.source()).isEqualTo("clinic");
            assertThat(last.rowsLoaded()).isEqualTo(5);
        });
    }

    @Test
    void reimportingIdenticalFilesChangesNothing() {
        Path folder = StratumCsvFiles.smallPopulation(temp.resolve("extract"));
        importFolder(folder, false);

        ImportOutcome again = importFolder(folder, false);

        assertThat(again.alreadyLoaded()).isTrue();
        assertThat(warehouse.summary().patients()).isEqualTo(3);
        assertThat(warehouse.imports()).hasSize(1);
    }

    @Test
    void theSameFilesCopiedToAnotherFolderAreTheSameImport() {
        importFolder(StratumCsvFiles.smallPopulation(temp.resolve("upload-1")), false);

        ImportOutcome again = importFolder(StratumCsvFiles.smallPopulation(temp.resolve("upload-2")), false);

        assertThat(again.alreadyLoaded()).isTrue();
        assertThat(warehouse.summary().recordsByTable()).containsEntry("encounter", 2L);
    }

    @Test
    void filesOfTheSameNamesAndSizesButOtherContentAreANewImport() {
        Path first = temp.resolve("first");
        StratumCsvFiles.write(first, "patient", "patient_id,birth_date", "p1,1970-03-04");
        importFolder(first, false);
        Path second = temp.resolve("second");
        StratumCsvFiles.write(second, "patient", "patient_id,birth_date", "p2,1970-03-04");

        ImportOutcome again = importFolder(second, false);

        assertThat(again.alreadyLoaded()).isFalse();
        assertThat(again.entry().files().get(0).sha256()).isNotEqualTo(warehouse.imports().get(0).files().get(0).sha256());
        assertThat(warehouse.summary().patients()).isEqualTo(2);
    }

    @Test
    void replacingASourceSwapsAllOfItsRows() {
        importFolder(StratumCsvFiles.smallPopulation(temp.resolve("first")), false);
        Path second = temp.resolve("second");
        StratumCsvFiles.write(second, "patient", "patient_id,birth_date", "p9,1980-01-01");

        importFolder(second, true);

        assertThat(warehouse.summary().patients()).isEqualTo(1);
        assertThat(warehouse.summary().recordsByTable()).containsEntry("encounter", 0L);
    }

    @Test
    void rejectsAValueThatDoesNotParseNamingFileLineAndColumn() {
        Path folder = temp.resolve("bad");
        StratumCsvFiles.write(folder, "patient", "patient_id,birth_date", "p1,1970-03-04", "p2,04/03/1970");

        assertThatThrownBy(() -> importFolder(folder, false))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("patient.csv line 3")
                .hasMessageContaining("column birth_date")
                .hasMessageContaining("04/03/1970");
    }

    @Test
    void rejectsAFileWithoutARequiredColumn() {
        Path folder = temp.resolve("bad");
        StratumCsvFiles.write(folder, "encounter", "encounter_id,status", "e1,finished");

        assertThatThrownBy(() -> importFolder(folder, false))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("encounter.csv line 1")
                .hasMessageContaining("missing required column patient_id");
    }

    @Test
    void rejectsAnUnknownColumnAndAnUnknownFile() {
        Path folder = temp.resolve("bad");
        StratumCsvFiles.write(folder, "patient", "patient_id,birthdate", "p1,1970-03-04");
        assertThatThrownBy(() -> importFolder(folder, false))
                .hasMessageContaining("unknown column 'birthdate'");

        Path other = temp.resolve("other");
        StratumCsvFiles.write(other, "patients", "patient_id", "p1");
        assertThatThrownBy(() -> importFolder(other, false))
                .hasMessageContaining("patients.csv")
                .hasMessageContaining("not a Stratum CSV file");
    }

    @Test
    void aRejectedImportLeavesEarlierDataExactlyAsItWas() {
        importFolder(StratumCsvFiles.smallPopulation(temp.resolve("good")), false);
        Path bad = temp.resolve("bad");
        StratumCsvFiles.write(bad, "patient", "patient_id,birth_date", "p7,1990-01-01");
        StratumCsvFiles.write(bad, "encounter", "encounter_id,patient_id,status,start_time",
                "e7,p7,finished,yesterday");

        assertThatThrownBy(() -> importFolder(bad, true)).isInstanceOf(ImportRejected.class);

        assertThat(warehouse.summary().patients()).isEqualTo(3);
        assertThat(warehouse.summary().recordsByTable()).containsEntry("encounter", 2L);
        assertThat(warehouse.imports()).hasSize(1);
    }
}
