package org.stratum.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.stratum.engine.ingest.csv.StratumCsvFormat;
import org.stratum.engine.ingest.fhir.FhirFormat;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;
import org.stratum.engine.warehouse.WarehouseSummary;

/**
 * Fuzzing the importers: valid FHIR and CSV, mutated at random (bytes flipped, cut short, lines
 * dropped or repeated, fields renamed, garbage inserted). Every import must end in a load or a clean
 * rejection, never another exception, and a rejection must leave the warehouse as it was.
 */
class MutatedInputProperties {
    private static final String FHIR = String.join("\n",
            "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"gender\":\"female\",\"birthDate\":\"1970-03-04\"}",
            "{\"resourceType\":\"Encounter\",\"id\":\"e1\",\"status\":\"finished\",\"class\":{\"code\":\"AMB\"},"
                    + "\"subject\":{\"reference\":\"Patient/p1\"},\"period\":{\"start\":\"2025-02-03T09:00:00Z\"}}",
            "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":"
                    + "\"http://loinc.org\",\"code\":\"4548-4\"}]},\"subject\":{\"reference\":\"Patient/p1\"},"
                    + "\"effectiveDateTime\":\"2025-03-01\",\"valueQuantity\":{\"value\":7.2,\"unit\":\"%\"}}",
            "{\"resourceType\":\"Condition\",\"id\":\"c1\",\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\","
                    + "\"code\":\"44054006\"}]},\"subject\":{\"reference\":\"Patient/p1\"},\"onsetDateTime\":\"2020-01-01\"}") + "\n";
    private static final String CSV = "patient_id,birth_date,sex,zip\np1,1970-03-04,female,94601\np2,1955-11-30,male,92683\n";

    private static Path folder;
    private static Warehouse warehouse;
    private static final Importer IMPORTER = Importer.withBuiltInFormats();

    @BeforeContainer
    static void openWarehouse() throws IOException {
        folder = Files.createTempDirectory("stratum-fuzz");
        warehouse = Warehouse.open(DataDirectory.at(folder.resolve("data")), IMPORTER, n -> { });
        Path seed = Files.createDirectories(folder.resolve("seed"));
        Files.writeString(seed.resolve("patient.csv"), "patient_id,birth_date\nkeep,1990-01-01\n");
        IMPORTER.run(warehouse, new ImportRequest("seed", StratumCsvFormat.NAME, List.of(seed), true, "test"));
    }

    @AfterContainer
    static void closeWarehouse() {
        warehouse.close();
    }

    @Property(tries = 60)
    void mutatedFhirLoadsOrIsCleanlyRejected(@ForAll("fhir") byte[] input) throws IOException {
        importAndCheck(Files.write(folder.resolve("fuzz.ndjson"), input), FhirFormat.NAME);
    }

    @Property(tries = 60)
    void mutatedCsvLoadsOrIsCleanlyRejected(@ForAll("csv") byte[] input) throws IOException {
        Path dir = Files.createDirectories(folder.resolve("csv"));
        Files.write(dir.resolve("patient.csv"), input);
        importAndCheck(dir, StratumCsvFormat.NAME);
    }

    private static void importAndCheck(Path path, String format) {
        WarehouseSummary before = warehouse.summary();
        int importsBefore = warehouse.imports().size();
        try {
            IMPORTER.run(warehouse, new ImportRequest("fuzz", format, List.of(path), true, "test"));
        } catch (ImportRejected rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            assertThat(warehouse.summary()).isEqualTo(before);
            assertThat(warehouse.imports()).hasSize(importsBefore);
        }
        assertThat(warehouse.summary().patients()).isGreaterThanOrEqualTo(1);
    }

    @Provide
    Arbitrary<byte[]> fhir() {
        return mutated(FHIR);
    }

    @Provide
    Arbitrary<byte[]> csv() {
        return mutated(CSV);
    }

    private static Arbitrary<byte[]> mutated(String valid) {
        byte[] bytes = valid.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Arbitrary<Integer> at = Arbitraries.integers().between(0, bytes.length - 1);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 5);
        Arbitrary<Byte> any = Arbitraries.bytes();
        return Combinators.combine(kind, at, any).as((k, i, b) -> mutate(valid, bytes, k, i, b));
    }

    private static byte[] mutate(String valid, byte[] bytes, int kind, int at, byte value) {
        String[] lines = valid.split("\n");
        int line = at % lines.length;
        return switch (kind) {
            case 0 -> { // flip a byte
                byte[] copy = bytes.clone();
                copy[at] = value;
                yield copy;
            }
            case 1 -> java.util.Arrays.copyOf(bytes, at); // cut short
            case 2 -> String.join("\n", java.util.stream.IntStream.range(0, lines.length).filter(i -> i != line)
                    .mapToObj(i -> lines[i]).toList()).getBytes(); // drop a line
            case 3 -> (valid + lines[line] + "\n").getBytes(); // repeat a line
            case 4 -> valid.replace("\"status\"", "\"stat\"").replace("birth_date", "birthdate").getBytes(); // rename
            default -> (valid.substring(0, at % valid.length()) + "\u0000\uFFFD{[\"" + valid.substring(at % valid.length()))
                    .getBytes(); // garbage
        };
    }
}
