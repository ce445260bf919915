package org.stratum.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.csv.StratumCsvFormat;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.LedgerEntry;
import org.stratum.engine.warehouse.Warehouse;

class PopulationGeneratorTest {
    @TempDir
    Path temp;

    private GenerationReport generate(String folder, long patients, long seed, OutputFormat format, int threads) {
        GeneratorSettings settings = new GeneratorSettings(patients, seed, temp.resolve(folder), format,
                GeneratorSettings.DEFAULT_HISTORY_END, GeneratorSettings.DEFAULT_YEARS, threads);
        return new PopulationGenerator(settings).run(written -> { });
    }

    @Test
    void sameSeedWritesIdenticalFilesWhateverTheNumberOfThreads() throws IOException {
        generate("one-thread", 1200, 7, OutputFormat.CSV, 1);
        generate("four-threads", 1200, 7, OutputFormat.CSV, 4);

        assertThat(files("one-thread")).isEqualTo(files("four-threads")).hasSizeGreaterThan(10);
        for (String file : files("one-thread")) {
            assertThat(temp.resolve("four-threads").resolve(file)).as(file)
                    .hasSameBinaryContentAs(temp.resolve("one-thread").resolve(file));
        }
    }

    @Test
    void anotherSeedWritesAnotherPopulation() throws IOException {
        generate("seven", 200, 7, OutputFormat.CSV, 2);
        generate("eight", 200, 8, OutputFormat.CSV, 2);

        assertThat(Files.readString(temp.resolve("seven/patient.csv")))
                .isNotEqualTo(Files.readString(temp.resolve("eight/patient.csv")));
    }

    @Test
    void csvOutputLoadsIntoTheWarehouseRowForRow() {
        GenerationReport report = generate("csv", 1000, 11, OutputFormat.CSV, 2);
        Importer importer = Importer.withBuiltInFormats();
        try (Warehouse warehouse = Warehouse.open(DataDirectory.at(temp.resolve("data")), importer, n -> { })) {
            LedgerEntry entry = importer.run(warehouse, new ImportRequest("synthetic", StratumCsvFormat.NAME,
                    List.of(temp.resolve("csv")), true, "test")).entry();

            report.recordsByFile().forEach((file, records) -> assertThat(entry.rowsLoaded())
                    .as(file).containsEntry(file.replace(".csv", ""), records));
            assertThat(warehouse.summary().patients()).isEqualTo(1000);
        }
    }

    @Test
    void groundTruthDescribesEveryPlantedInequityWithItsCauseAndCounts() throws IOException {
        GenerationReport report = generate("truth", 3000, 5, OutputFormat.CSV, 2);

        JsonNode truth = new ObjectMapper().readTree(report.groundTruth().toFile());
        assertThat(truth.path("generator").path("seed").asLong()).isEqualTo(5);
        assertThat(truth.path("generator").path("measurementPeriod").path("start").asText()).isEqualTo("2025-01-01");
        assertThat(truth.path("inequities")).extracting(n -> n.path("id").asText()).containsExactly(
                "bp-without-interpreter", "explained-without-interpreter", "colorectal-by-payer", "diabetes-by-site",
                "breast-no-gap");
        for (JsonNode inequity : truth.path("inequities")) {
            assertThat(inequity.path("cause").path("type").asText()).as(inequity.path("id").asText()).isNotBlank();
            assertThat(inequity.path("expected").path("direction").asText()).isIn("higher-is-better", "lower-is-better");
            assertThat(inequity.path("counts").size()).isGreaterThan(1);
            inequity.path("counts").forEach(breakdown -> breakdown.forEach(cell ->
                    assertThat(cell.path("met").asLong()).isBetween(0L, cell.path("eligible").asLong())));
        }
        assertThat(truth.path("rates").path("BP_CONTROLLED").asDouble()).isEqualTo(0.66);
    }

    @Test
    void reportCountsEveryFileWritten() {
        GenerationReport report = generate("fhir", 100, 3, OutputFormat.FHIR, 2);

        Map<String, Long> records = report.recordsByFile();
        assertThat(records).containsEntry("Patient.ndjson", 100L).containsKeys("Encounter.ndjson", "Observation.ndjson",
                "Organization.ndjson", "Practitioner.ndjson", "area.csv");
        assertThat(report.groundTruth()).exists();
    }

    private List<String> files(String folder) throws IOException {
        try (Stream<Path> files = Files.list(temp.resolve(folder))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
