package org.stratum.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stratum.app.cli.CliRun.stratum;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measure commands as a user runs them: list, run with a trend, report, evaluate and custom measures. */
class MeasureCommandsTests {
    @TempDir
    Path temp;



    private String data() {
        return "--data=" + temp.resolve("data");
    }

    private void importSyntheticPopulation() {
        Path extract = temp.resolve("extract");
        assertThat(stratum("generate", "--patients", "400", "--seed", "3", "--out", extract.toString(), "--format", "csv")
                .exitCode()).isZero();
        assertThat(stratum(data(), "import", extract.toString()).exitCode()).isZero();
    }

    @Test
    void listShowsStatusDirectionAndWhereTheCodesWouldComeFrom() {
        CliRun run = stratum(data(), "measures", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("controlling-high-blood-pressure\\s+CMS165\\s+verified\\s+higher")
                .contains("px-provider-explained").contains("demo code lists (stand-in)");
    }

    @Test
    void runComputesTheLatestYearOfDataWithATrendAndReportWritesAMeasureReport() throws IOException {
        importSyntheticPopulation();

        CliRun run = stratum(data(), "measures", "run", "--measure", "CMS165,px-would-recommend", "--trend", "24");
        CliRun report = stratum(data(), "measures", "report", "--measure", "cms165", "--period", "2025",
                "--out", temp.resolve("report.json").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Computing 2 measures for 2025-01-01/2025-12-31 and 24 monthly trend points")
                .containsPattern("CMS165 Controlling High Blood Pressure\\s+denominator\\s+\\d+")
                .contains("Would recommend this provider's office (unverified)")
                .contains("Codes: demo code lists (stand-in)");
        assertThat(report.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(temp.resolve("report.json").toFile());
        assertThat(json.path("resourceType").asText()).isEqualTo("MeasureReport");
        assertThat(json.path("group").path(0).path("stratifier")).hasSize(3);
    }

    @Test
    void aSubjectListReportNamesPatientsAndIsAudited() throws Exception {
        importSyntheticPopulation();
        assertThat(stratum(data(), "measures", "run", "--measure", "CMS165", "--period", "2025").exitCode()).isZero();

        CliRun report = stratum(data(), "measures", "report", "--measure", "CMS165", "--period", "2025",
                "--type", "subject-list", "--out", temp.resolve("subjects.json").toString());

        assertThat(report.exitCode()).as(report.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(temp.resolve("subjects.json").toFile());
        assertThat(json.path("contained").path(0).path("entry").path(0).path("item").path("reference").asText())
                .startsWith("Patient/");
        try (java.sql.Connection store = java.sql.DriverManager.getConnection("jdbc:h2:file:" + temp.resolve("data")
                .resolve("workflow") + ";DATABASE_TO_LOWER=TRUE", "sa", "");
             java.sql.ResultSet rows = store.createStatement().executeQuery(
                     "SELECT action, subject, detail FROM audit_event WHERE action LIKE 'measure.report.%'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("measure.report.subject-list");
            assertThat(rows.getString(2)).isEqualTo("controlling-high-blood-pressure 2025-01-01/2025-12-31");
            assertThat(rows.getString(3)).contains("subjects.json");
        }
    }

    @Test
    void aReportOfAPeriodNotComputedSaysHowToComputeIt() {
        importSyntheticPopulation();

        CliRun report = stratum(data(), "measures", "report", "--measure", "CMS165", "--period", "2019");

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.err()).contains("has not been computed for 2019-01-01/2019-12-31")
                .contains("stratum measures run --measure controlling-high-blood-pressure");
    }

    @Test
    void aCustomMeasureIsCheckedAddedAndRun() throws IOException {
        importSyntheticPopulation();
        Path file = Files.writeString(temp.resolve("seen-adults.yaml"), """
                id: seen-adults
                title: Adults with a visit
                description: Adults with a finished encounter in the period.
                improvement: higher
                uses: [qicore]
                groups:
                  - initial_population: SELECT period_id, patient_id FROM patient_period WHERE age_at_end >= 18
                    denominator: SELECT period_id, patient_id FROM initial_population
                    numerator: |
                      SELECT mp.period_id, e.patient_id FROM performed_encounter e
                      JOIN measurement_period mp ON e.start_day BETWEEN mp.period_start AND mp.period_end
                """);
        Path broken = Files.writeString(temp.resolve("broken.yaml"), Files.readString(file)
                .replace("id: seen-adults", "id: broken").replace("e.start_day BETWEEN", "e.start_days BETWEEN"));

        CliRun check = stratum(data(), "measures", "check", broken.toString());
        CliRun add = stratum(data(), "measures", "add", file.toString());
        CliRun run = stratum(data(), "measures", "run", "--measure", "seen-adults", "--period", "2025");

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).contains(broken + ": groups[1].numerator").contains("start_days");
        assertThat(add.exitCode()).isZero();
        assertThat(add.out()).contains("Added seen-adults (Adults with a visit (unverified))");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("Adults with a visit \\(unverified\\)\\s+denominator\\s+\\d+");
    }

    @Test
    void evaluatePrintsOneRowPerPatientAndGroupMatchingThePublishedTestCases() throws IOException {
        Path fixtures = Path.of(System.getProperty("stratum.fixtures", "../../shared/fixtures")).resolve("ecqm-2024");
        Path cases = fixtures.resolve("tests/ControllingHighBloodPressureFHIR");
        assumeTrue(Files.isDirectory(cases), "eCQM fixtures not found at " + fixtures + ", skipping");

        CliRun run = stratum("evaluate", "--measure", "CMS165", "--period", "2025-01-01/2025-12-31",
                "--fhir", cases.toString(), "--valuesets", fixtures.resolve("valuesets").toString(), "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("patient_id,measure,group,initial_population,denominator,"
                + "denominator_exclusion,denominator_exception,numerator");
        try (Stream<Path> patients = Files.list(cases)) {
            List<Path> folders = patients.filter(Files::isDirectory).toList();
            assertThat(lines).hasSize(folders.size() + 1);
            for (Path folder : folders) {
                String expected = expectedRow(folder);
                assertThat(lines).as(folder.getFileName().toString()).contains(expected);
            }
        }
        assertThat(run.err()).doesNotContain("demo code lists");
    }

    /** The row the folder's MeasureReport expects for its patient. */
    private static String expectedRow(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            Path report = files.filter(f -> f.getFileName().toString().startsWith("MeasureReport")).findFirst().orElseThrow();
            JsonNode populations = new ObjectMapper().readTree(report.toFile()).path("group").path(0).path("population");
            int ip = 0, den = 0, denex = 0, num = 0;
            for (JsonNode p : populations) {
                int count = p.path("count").asInt();
                switch (p.path("code").path("coding").path(0).path("code").asText()) {
                    case "initial-population" -> ip = count;
                    case "denominator" -> den = count;
                    case "denominator-exclusion" -> denex = count;
                    case "numerator" -> num = count;
                    default -> { }
                }
            }
            return String.join(",", folder.getFileName().toString(), "CMS165", "1", "" + ip, "" + den, "" + denex, "0", "" + num);
        }
    }
}
