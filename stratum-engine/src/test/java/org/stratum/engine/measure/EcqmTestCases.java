package org.stratum.engine.measure;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.stratum.core.measure.Population;

/**
 * The published eCQM test cases (shared/fixtures/ecqm-2024): per measure folder, each patient's
 * expected populations per group from its MeasureReport, and the test case's name.
 */
final class EcqmTestCases {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Expected population flags of one patient in one group. */
    record Expected(String patientId, String caseName, int group, Map<Population, Boolean> populations) {
    }

    /** A measure's folder of test cases. */
    record MeasureCases(String folder, String cmsNumber, List<Path> patientFolders, List<Expected> expected) {
    }

    private EcqmTestCases() {
    }

    static Path root() {
        Path root = Path.of(System.getProperty("stratum.fixtures", "../../shared/fixtures")).resolve("ecqm-2024");
        assumeTrue(Files.isDirectory(root.resolve("tests")), "eCQM fixtures not found at " + root + ", skipping");
        return root;
    }

    static List<MeasureCases> all() {
        Path root = root();
        List<MeasureCases> cases = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root.resolve("tests"))) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                String name = folder.getFileName().toString();
                cases.add(new MeasureCases(name, cmsNumber(root.resolve("measures").resolve(name + ".json")),
                        patientFolders(folder), expected(folder)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    static Optional<MeasureCases> forCms(String cmsNumber) {
        return all().stream().filter(c -> c.cmsNumber().equalsIgnoreCase(cmsNumber)).findFirst();
    }

    /** CMS165 from a Measure whose identifiers include "CMS165FHIR". */
    private static String cmsNumber(Path measure) throws IOException {
        for (JsonNode identifier : JSON.readTree(measure.toFile()).path("identifier")) {
            String value = identifier.path("value").asText();
            if (value.matches("CMS\\d+FHIR")) {
                return value.substring(0, value.length() - 4);
            }
        }
        throw new IllegalStateException("No CMS identifier in " + measure);
    }

    private static List<Path> patientFolders(Path folder) throws IOException {
        try (Stream<Path> patients = Files.list(folder)) {
            return patients.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<Expected> expected(Path folder) throws IOException {
        Map<String, String> names = caseNames(folder.resolve("README.txt"));
        List<Expected> expected = new ArrayList<>();
        for (Path patient : patientFolders(folder)) {
            String patientId = patient.getFileName().toString();
            try (Stream<Path> files = Files.list(patient)) {
                for (Path report : files.filter(f -> f.getFileName().toString().startsWith("MeasureReport")).toList()) {
                    JsonNode groups = JSON.readTree(report.toFile()).path("group");
                    for (int g = 0; g < groups.size(); g++) {
                        Map<Population, Boolean> populations = new LinkedHashMap<>();
                        for (JsonNode population : groups.get(g).path("population")) {
                            String code = population.path("code").path("coding").path(0).path("code").asText();
                            Population.fromFhirCode(code).ifPresent(p ->
                                    populations.put(p, population.path("count").asInt() > 0));
                        }
                        expected.add(new Expected(patientId, names.getOrDefault(patientId, "?"), g + 1, populations));
                    }
                }
            }
        }
        return expected;
    }

    private static Map<String, String> caseNames(Path readme) throws IOException {
        Map<String, String> names = new HashMap<>();
        if (Files.exists(readme)) {
            for (String line : Files.readAllLines(readme)) {
                int equals = line.indexOf(" = ");
                if (equals > 0) {
                    names.put(line.substring(0, equals).trim(), line.substring(equals + 3).trim());
                }
            }
        }
        return names;
    }
}
