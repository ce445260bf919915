package org.stratum.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `stratum real bisg`, `stratum real bisg estimate` and `stratum export fhir` as a user runs them over a
 * synthetic population.
 */
class BisgAndFhirExportCommandTests {
    private static final Pattern IMPUTED = Pattern.compile("for ([\\d,]+) of ([\\d,]+) patients");
    private static final Pattern ROW = Pattern.compile(
            "(?m)^  (\\S.*?)\\s{2,}([\\d,]+|hidden)\\s+([\\d.]+%|hidden|-)\\s+([\\d,.]+|hidden)\\s+([\\d.]+%|hidden|-)$");

    @TempDir
    static Path temp;

    private static String data() {
        return "--data=" + temp.resolve("data");
    }

    private static Path fixture(String name) {
        Path folder = Path.of(System.getProperty("stratum.fixtures", "../../shared/fixtures")).resolve("real/bisg");
        assumeTrue(Files.isDirectory(folder), "BISG fixtures not found at " + folder + ", skipping");
        return folder.resolve(name);
    }

    private static String surnames() {
        return "--surnames=" + fixture("census2010_surnames_sample.csv");
    }

    private static String geography() {
        return "--geography=" + fixture("cfpb_zip_over18_race_2020dhc.csv");
    }

    @BeforeAll
    static void importAndMeasure() {
        Path extract = temp.resolve("extract");
        assertThat(CliRun.stratum("generate", "--patients", "1500", "--seed", "11", "--out", extract.toString(),
                "--format", "csv").exitCode()).isZero();
        assertThat(CliRun.stratum(data(), "import", extract.toString()).exitCode()).isZero();
        CliRun measured = CliRun.stratum(data(), "measures", "run", "--period", "2025", "--measure", "CMS165");
        assertThat(measured.exitCode()).as(measured.err()).isZero();
    }

    @Test
    void imputingTellsHowManyPatientsWereImputedAndThatSelfReportWasKept() {
        CliRun run = CliRun.stratum(data(), "real", "bisg", surnames(), geography());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher imputed = IMPUTED.matcher(run.out());
        assertThat(imputed.find()).as(run.out()).isTrue();
        assertThat(Long.parseLong(imputed.group(1).replace(",", ""))).isPositive()
                .isLessThan(Long.parseLong(imputed.group(2).replace(",", "")));
        assertThat(run.out()).contains("from surname and area:").contains("Self-reported race/ethnicity kept as it is")
                .contains("never a patient's race");
    }

    @Test
    void theEstimateShowsBothViewsForEveryGroupWithSmallCountsHidden() {
        assertThat(CliRun.stratum(data(), "real", "bisg", surnames(), geography()).exitCode()).isZero();

        CliRun run = CliRun.stratum(data(), "real", "bisg", "estimate", "--measure", "CMS165", "--period", "2025");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Self-reported only").contains("Self-reported + BISG-weighted")
                .contains("population estimate").contains("Hidden: counts of 1 to 10");
        Matcher row = ROW.matcher(run.out());
        int rows = 0;
        double weightedTotal = 0;
        long selfTotal = 0;
        while (row.find()) {
            rows++;
            if (!row.group(2).equals("hidden")) {
                long self = Long.parseLong(row.group(2).replace(",", ""));
                assertThat(self == 0 || self > 10).as("a count of 1 to 10 printed").isTrue();
                selfTotal += self;
            }
            if (!row.group(4).equals("hidden")) {
                weightedTotal += Double.parseDouble(row.group(4).replace(",", ""));
            }
        }
        assertThat(rows).as(run.out()).isEqualTo(6);
        assertThat(weightedTotal).as("imputed patients add weight").isGreaterThan(selfTotal);
    }

    @Test
    void anEstimateForAPeriodNotComputedSaysWhatToRun() {
        CliRun run = CliRun.stratum(data(), "real", "bisg", "estimate", "--measure", "CMS165", "--period", "2023");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("has no results for 2023-01-01/2023-12-31").contains("stratum measures run");
    }

    @Test
    void aBadSurnameFileExitsWithTwoNamingTheLineAndColumn() throws IOException {
        Path bad = Files.write(temp.resolve("names.csv"), List.of(
                "name,rank,count,prop100k,cum_prop100k,pctwhite,pctblack,pctapi,pctaian,pct2prace,pcthispanic",
                "SMITH,1,2442977,828.19,828.19,70.9,23.11,0.5,0.89,2.19,2.4",
                "JOHNSON,2,1932812,655.24,1483.42,58.97,34.63,0.54,0.94,2.56,n/a"));

        CliRun run = CliRun.stratum(data(), "real", "bisg", "--surnames=" + bad, geography());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("stratum: " + bad + " line 3, column pcthispanic: 'n/a' is not a number"
                + " of zero or more nor (S)");
    }

    @Test
    void aGeographyFileWithoutTheCountsExitsWithTwoNamingTheMissingColumns() throws IOException {
        Path bad = Files.write(temp.resolve("zcta.csv"), List.of("ZCTA5,Total_Pop", "94601,100"));

        CliRun run = CliRun.stratum(data(), "real", "bisg", surnames(), "--geography=" + bad);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("stratum: " + bad + " line 1, column Hispanic_Total, NH_White_alone")
                .contains("missing from the header").doesNotContain("Exception");
        assertThat(run.err().lines().count()).isEqualTo(1);
    }

    @Test
    void imputingWithoutTheGeographyTableIsWrongUsage() {
        CliRun run = CliRun.stratum(data(), "real", "bisg", surnames());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("stratum: Missing required option: '--geography=FILE'");
    }

    @Test
    void theFhirExportWritesEveryPatientIsAuditedAndNeverCarriesImputations() throws Exception {
        assertThat(CliRun.stratum(data(), "real", "bisg", surnames(), geography()).exitCode()).isZero();
        Path out = temp.resolve("fhir-out");

        CliRun run = CliRun.stratum(data(), "export", "fhir", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote 1,500 Patients to");
        List<String> lines = Files.readAllLines(out.resolve("Patient.ndjson"));
        assertThat(lines).hasSize(1500).allSatisfy(line -> assertThat(line).startsWith("{\"resourceType\":\"Patient\""));
        assertThat(String.join("\n", lines)).doesNotContain("imputed").doesNotContain("BISG")
                .contains("us-core-race").contains("urn:stratum:fhir:extension:real-source");
        try (java.sql.Connection store = java.sql.DriverManager.getConnection("jdbc:h2:file:" + temp.resolve("data")
                .resolve("workflow") + ";DATABASE_TO_LOWER=TRUE", "sa", "");
             java.sql.ResultSet rows = store.createStatement().executeQuery(
                     "SELECT subject, detail FROM audit_event WHERE action = 'export.fhir.patients'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("1500 patients");
            assertThat(rows.getString(2)).contains("Patient.ndjson");
        }
    }

    @Test
    void exportingToAFileInsteadOfAFolderIsWrongUsage() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder.txt"), "x");

        CliRun run = CliRun.stratum(data(), "export", "fhir", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("stratum: --out must be a folder");
    }
}
