package org.stratum.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.generate.GeneratorSettings;
import org.stratum.engine.generate.OutputFormat;
import org.stratum.engine.generate.PopulationGenerator;
import org.stratum.engine.ingest.csv.StratumCsvFiles;
import org.stratum.engine.ingest.csv.StratumCsvFormat;
import org.stratum.engine.ingest.fhir.FhirFormat;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.ImportLedger;
import org.stratum.engine.warehouse.Warehouse;
import org.stratum.engine.warehouse.WarehouseSummary;

/** A real import process killed (SIGKILL) in the middle leaves the warehouse exactly as it was before. */
class KilledImportTest {
    @TempDir
    Path temp;

    /** Runs a large FHIR import into the given data directory, announcing when it starts. */
    public static void main(String[] args) {
        Importer importer = Importer.withBuiltInFormats();
        try (Warehouse warehouse = Warehouse.open(DataDirectory.at(Path.of(args[0])), importer, n -> { })) {
            System.out.println("importing");
            System.out.flush();
            importer.run(warehouse, new ImportRequest("big", FhirFormat.NAME, List.of(Path.of(args[1])), false, "test"));
            System.out.println("finished");
        }
    }

    @Test
    void killingAnImportMidwayLeavesTheWarehouseAsItWas() throws Exception {
        Path data = temp.resolve("data");
        Importer importer = Importer.withBuiltInFormats();
        WarehouseSummary before;
        try (Warehouse warehouse = Warehouse.open(DataDirectory.at(data), importer, n -> { })) {
            importer.run(warehouse, new ImportRequest("small", StratumCsvFormat.NAME,
                    List.of(StratumCsvFiles.smallPopulation(temp.resolve("small"))), false, "test"));
            before = warehouse.summary();
        }
        Path big = temp.resolve("big");
        new PopulationGenerator(GeneratorSettings.of(15_000, 3, big, OutputFormat.FHIR)).run(n -> { });

        Process importing = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledImportTest.class.getName(), data.toString(),
                big.toString()).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(importing.getInputStream()));
        assertThat(output.readLine()).isEqualTo("importing");
        Thread.sleep(1500);
        assertThat(importing.isAlive()).as("the import is still running when it is killed").isTrue();
        importing.destroyForcibly();
        assertThat(importing.waitFor(30, TimeUnit.SECONDS)).isTrue();

        List<String> notices = new java.util.ArrayList<>();
        try (Warehouse warehouse = Warehouse.open(DataDirectory.at(data), importer, notices::add)) {
            assertThat(warehouse.summary().patients()).isEqualTo(before.patients());
            assertThat(warehouse.summary().recordsByTable()).isEqualTo(before.recordsByTable());
            assertThat(warehouse.imports()).extracting(e -> e.source()).containsExactly("small");
        }
        assertThat(notices).as("no rebuild was needed").isEmpty();
        assertThat(new ImportLedger(DataDirectory.at(data).ledgerFile()).entries()).hasSize(1);
        assertThat(Files.list(data).map(p -> p.getFileName().toString()))
                .doesNotContain("warehouse.rebuilding.duckdb");
    }
}
