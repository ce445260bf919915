package org.stratum.engine.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.Importer.ImportOutcome;
import org.stratum.engine.ingest.Reject;
import org.stratum.engine.warehouse.Warehouse;

/** Every eCQM test patient loads with zero rejects, one folder (one patient) per import. */
class FhirFixtureImportTest {

    static Path fixtures() {
        Path tests = Path.of(System.getProperty("stratum.fixtures", "../../shared/fixtures")).resolve("ecqm-2024/tests");
        assumeTrue(Files.isDirectory(tests), "eCQM fixtures not found at " + tests + ", skipping");
        return tests;
    }

    static List<Path> patientFolders() throws IOException {
        try (Stream<Path> measures = Files.list(fixtures())) {
            List<Path> folders = new ArrayList<>();
            for (Path measure : measures.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> patients = Files.list(measure)) {
                    patients.filter(Files::isDirectory).sorted().forEach(folders::add);
                }
            }
            return folders;
        }
    }

    @Test
    void everyTestPatientLoadsWithZeroRejects() throws IOException {
        List<Path> folders = patientFolders();
        try (Warehouse warehouse = Warehouse.inMemory()) {
            ImportOutcome outcome = Importer.withBuiltInFormats().run(warehouse, new ImportRequest("ecqm-tests",
                    FhirFormat.NAME, folders, true, "test", true, false, true));

            assertThat(outcome.rejects()).extracting(Reject::describe).isEmpty();
            assertThat(folders).hasSize(662);
            assertThat(warehouse.summary().patients()).isEqualTo(662);
            assertThat(outcome.skipped()).containsOnlyKeys("MeasureReport");
        }
    }

    @Test
    void oneTestPatientLoadsOnItsOwn() throws IOException {
        Path folder = patientFolders().get(0);
        try (Warehouse warehouse = Warehouse.inMemory()) {
            ImportOutcome outcome = Importer.withBuiltInFormats().run(warehouse, new ImportRequest("one",
                    FhirFormat.NAME, List.of(folder), true, "test", true, false, true));

            assertThat(outcome.rejects()).isEmpty();
            assertThat(warehouse.summary().patients()).isEqualTo(1);
        }
    }
}
