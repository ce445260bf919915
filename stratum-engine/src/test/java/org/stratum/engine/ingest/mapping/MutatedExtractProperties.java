package org.stratum.engine.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.stratum.engine.ingest.ImportRejected;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;
import org.stratum.engine.warehouse.WarehouseSummary;

/**
 * Fuzzing mapped imports: a valid mapping and extract, one of them mutated at random (a byte changed,
 * cut short, a line dropped or repeated). Every import ends in a load or a clean rejection, never
 * another exception, and a rejection leaves the warehouse as it was.
 */
class MutatedExtractProperties {
    private static final String MAPPING = """
            stratum-mapping: 1
            value-maps:
              race:
                kind: race-ethnicity
                values: { White: 2106-3, Hispanic/Latino: 2135-2, Declined: declined, "": unknown }
              visit-type:
                kind: code
                system: snomed
                values: { OV-EST: 185463005 }
            files:
              - file: patients.csv
                tables:
                  - table: patient
                    columns: { patient_id: MRN, birth_date: { column: DOB, format: MM/dd/yyyy } }
                  - table: patient_race_ethnicity
                    columns: { patient_id: MRN, question: { value: race }, code: { column: RACE, split: "|", map: race } }
              - file: visits.csv
                tables:
                  - table: encounter
                    columns:
                      encounter_id: ID
                      patient_id: MRN
                      status: { value: finished }
                      code: { column: TYPE, map: visit-type }
                      start_time: { column: AT, format: MM/dd/yyyy HH:mm }
            """;
    private static final String PATIENTS = "MRN,DOB,RACE\np1,03/04/1970,White|Hispanic/Latino\np2,11/30/1955,Declined\n";
    private static final String VISITS = "ID,MRN,TYPE,AT\nv1,p1,OV-EST,02/03/2025 09:00\nv2,p2,OV-EST,03/05/2025 14:30\n";

    private static Path folder;
    private static Warehouse warehouse;
    private static final Importer IMPORTER = Importer.withBuiltInFormats();

    @BeforeContainer
    static void openWarehouse() throws IOException {
        folder = Files.createTempDirectory("stratum-mapped-fuzz");
        warehouse = Warehouse.open(DataDirectory.at(folder.resolve("data")), IMPORTER, n -> { });
    }

    @AfterContainer
    static void closeWarehouse() {
        warehouse.close();
    }

    @Property(tries = 40)
    void aMutatedExtractLoadsOrIsCleanlyRejected(@ForAll("patients") byte[] patients, @ForAll("visits") byte[] visits)
            throws IOException {
        importAndCheck(MAPPING.getBytes(StandardCharsets.UTF_8), patients, visits);
    }

    @Property(tries = 40)
    void aMutatedMappingLoadsOrIsCleanlyRejected(@ForAll("mapping") byte[] mapping) throws IOException {
        importAndCheck(mapping, PATIENTS.getBytes(StandardCharsets.UTF_8), VISITS.getBytes(StandardCharsets.UTF_8));
    }

    private static void importAndCheck(byte[] mapping, byte[] patients, byte[] visits) throws IOException {
        Path extract = Files.createDirectories(folder.resolve("extract"));
        Files.write(extract.resolve("patients.csv"), patients);
        Files.write(extract.resolve("visits.csv"), visits);
        Path mappingFile = Files.write(folder.resolve("mapping.yaml"), mapping);
        WarehouseSummary before = warehouse.summary();
        int importsBefore = warehouse.imports().size();
        try {
            IMPORTER.run(warehouse, new ImportRequest("fuzz", MappedCsvFormat.NAME, List.of(mappingFile, extract), true,
                    "test"));
        } catch (ImportRejected rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            assertThat(warehouse.summary()).isEqualTo(before);
            assertThat(warehouse.imports()).hasSize(importsBefore);
        }
    }

    @Provide
    Arbitrary<byte[]> patients() {
        return mutated(PATIENTS);
    }

    @Provide
    Arbitrary<byte[]> visits() {
        return mutated(VISITS);
    }

    @Provide
    Arbitrary<byte[]> mapping() {
        return mutated(MAPPING);
    }

    private static Arbitrary<byte[]> mutated(String valid) {
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, bytes.length - 1),
                Arbitraries.bytes()).as((kind, at, value) -> {
                    List<String> lines = Arrays.asList(valid.split("\n"));
                    int line = at % lines.size();
                    return switch (kind) {
                        case 0 -> bytes.clone();
                        case 1 -> {
                            byte[] copy = bytes.clone();
                            copy[at] = value;
                            yield copy;
                        }
                        case 2 -> Arrays.copyOf(bytes, at);
                        case 3 -> String.join("\n", lines.stream().filter(l -> l != lines.get(line)).toList())
                                .getBytes(StandardCharsets.UTF_8);
                        default -> (valid + lines.get(line) + "\n").getBytes(StandardCharsets.UTF_8);
                    };
                });
    }
}
