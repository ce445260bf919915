package org.stratum.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.core.measure.Population;
import org.stratum.core.measure.VerificationStatus;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.fhir.FhirFormat;
import org.stratum.engine.measure.EcqmTestCases.Expected;
import org.stratum.engine.measure.EcqmTestCases.MeasureCases;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The acceptance test of the measure library: every published test patient of the 12 eCQMs
 * (measurement period 2025) is evaluated and compared, group by group and population by population,
 * with its expected MeasureReport. Prints the match count per measure. A measure marked verified
 * must match every case; an unverified one is reported with its first mismatches.
 * {@code -Dstratum.measure=CMS165} limits the run to one measure.
 */
class EcqmAcceptanceTest {
    private static final MeasurementPeriod YEAR_2025 = MeasurementPeriod.calendarYear(2025);
    private static Warehouse warehouse;
    private static List<MeasureCases> cases;

    @BeforeAll
    static void loadEveryTestPatientAndTheValueSets() {
        cases = EcqmTestCases.all();
        warehouse = Warehouse.inMemory();
        List<Path> folders = cases.stream().flatMap(c -> c.patientFolders().stream()).toList();
        Importer importer = Importer.withBuiltInFormats();
        importer.run(warehouse, new ImportRequest("ecqm-tests", FhirFormat.NAME, folders, true, "test", true, false, true));
        importer.run(warehouse, new ImportRequest("vsac", FhirFormat.NAME,
                List.of(EcqmTestCases.root().resolve("valuesets")), true, "test"));
    }

    @AfterAll
    static void close() {
        if (warehouse != null) { // null when the fixtures are missing and the test was skipped
            warehouse.close();
        }
    }

    @Test
    void everyVerifiedMeasureMatchesEveryPublishedTestCase() {
        MeasureLibrary library = MeasureLibrary.builtIn();
        String only = System.getProperty("stratum.measure", "");
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder("\neCQM acceptance, measurement period 2025\n");
        int measured = 0;
        for (MeasureCases measureCases : cases) {
            if (!only.isBlank() && !measureCases.cmsNumber().equalsIgnoreCase(only)) {
                continue;
            }
            MeasureDefinition measure = library.find(measureCases.cmsNumber()).orElse(null);
            if (measure == null) {
                report.append(String.format("  %-7s not in the library yet%n", measureCases.cmsNumber()));
                continue;
            }
            measured++;
            List<String> mismatches = compare(library, measure, measureCases);
            long patients = measureCases.patientFolders().size();
            long failed = mismatches.stream().map(m -> m.substring(0, m.indexOf(' '))).distinct().count();
            report.append(String.format("  %-7s %-10s %3d of %3d patients match%n", measureCases.cmsNumber(),
                    measure.status().label(), patients - failed, patients));
            if (!mismatches.isEmpty()) {
                mismatches.stream().limit(40).forEach(m -> report.append("          ").append(m).append('\n'));
                if (measure.status() == VerificationStatus.VERIFIED) {
                    failures.add(measure.cmsNumber().orElseThrow() + " is marked verified but " + failed
                            + " of its test patients do not match");
                }
            }
        }
        System.out.println(report);
        assertThat(measured).as("measures compared").isPositive();
        assertThat(failures).isEmpty();
    }

    private static List<String> compare(MeasureLibrary library, MeasureDefinition measure, MeasureCases measureCases) {
        new MeasureRunner(warehouse, library).run(List.of(measure), List.of(YEAR_2025), RunListener.SILENT);
        Map<String, PatientResult> actual = new MeasureRunner(warehouse, library).perPatient(measure, YEAR_2025).stream()
                .collect(Collectors.toMap(r -> r.patientId() + "#" + r.groupId(), Function.identity()));
        List<String> mismatches = new ArrayList<>();
        for (Expected expected : measureCases.expected()) {
            String groupId = measure.groups().get(expected.group() - 1).id();
            PatientResult result = actual.get(expected.patientId() + "#" + groupId);
            Map<Population, Boolean> got = flags(result);
            Map<Population, Boolean> differences = new LinkedHashMap<>();
            expected.populations().forEach((population, want) -> {
                if (!want.equals(got.get(population))) {
                    differences.put(population, want);
                }
            });
            if (!differences.isEmpty()) {
                mismatches.add(expected.patientId() + " group " + expected.group() + " (" + expected.caseName()
                        + "): expected " + describe(expected.populations()) + ", got " + describe(got));
            }
        }
        return mismatches;
    }

    private static Map<Population, Boolean> flags(PatientResult result) {
        Map<Population, Boolean> flags = new LinkedHashMap<>();
        flags.put(Population.INITIAL_POPULATION, result != null && result.initialPopulation());
        flags.put(Population.DENOMINATOR, result != null && result.denominator());
        flags.put(Population.DENOMINATOR_EXCLUSION, result != null && result.denominatorExclusion());
        flags.put(Population.NUMERATOR, result != null && result.numerator());
        flags.put(Population.DENOMINATOR_EXCEPTION, result != null && result.denominatorException());
        return flags;
    }

    private static String describe(Map<Population, Boolean> flags) {
        return flags.entrySet().stream().filter(Map.Entry::getValue)
                .map(e -> switch (e.getKey()) {
                    case INITIAL_POPULATION -> "IP";
                    case DENOMINATOR -> "DEN";
                    case DENOMINATOR_EXCLUSION -> "DENEX";
                    case NUMERATOR -> "NUMER";
                    case DENOMINATOR_EXCEPTION -> "DENEXCEP";
                }).collect(Collectors.joining("+", "[", "]"));
    }
}
