package org.stratum.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * `stratum real census load` and `compare` as a user runs them over an imported synthetic population
 * (whose patients live in real California ZIP codes) and the CFPB's table of the 2020 census.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealCensusCommandTests {
    private static final Pattern ALL = Pattern.compile("(?m)^All patients: ([\\d,]+) patients, ([\\d,]+) compared, ([\\d,]+) not compared$");
    private static final Pattern HISPANIC = Pattern.compile(
            "(?m)^  Hispanic or Latino \\(any race\\)\\s+([\\d,]+)\\s+([\\d.]+)%\\s+([\\d.]+)% to ([\\d.]+)%\\s+([\\d.]+)%");

    @TempDir
    static Path temp;

    private static String data() {
        return "--data=" + temp.resolve("data");
    }

    private static Path fixture() {
        return Path.of(System.getProperty("stratum.fixtures", "../../shared/fixtures"))
                .resolve("real/bisg/cfpb_zip_over18_race_2020dhc.csv");
    }

    @BeforeAll
    static void importSyntheticPopulation() {
        Path extract = temp.resolve("extract");
        assertThat(CliRun.stratum("generate", "--patients", "1500", "--seed", "11", "--out", extract.toString(),
                "--format", "csv").exitCode()).isZero();
        assertThat(CliRun.stratum(data(), "import", extract.toString()).exitCode()).isZero();
    }

    @Test
    @Order(1)
    void comparingBeforeACensusTableIsLoadedSaysHowToLoadOne() {
        CliRun run = CliRun.stratum(data(), "real", "census", "compare");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("No census table is loaded; load one with 'stratum real census load FILE'");
    }

    @Test
    @Order(2)
    void theCfpbTableLoadsAndPatientsAreComparedWithTheirZctas() {
        assumeTrue(Files.isRegularFile(fixture()), "CFPB census fixture not found at " + fixture() + ", skipping");
        CliRun load = CliRun.stratum(data(), "real", "census", "load", fixture().toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.out()).contains("Loaded the census table of 33,774 ZCTAs from cfpb_zip_over18_race_2020dhc.csv.");

        CliRun run = CliRun.stratum(data(), "real", "census", "compare", "--by", "site");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher all = ALL.matcher(run.out());
        assertThat(all.find()).as(run.out()).isTrue();
        long patients = Long.parseLong(all.group(1).replace(",", ""));
        long compared = Long.parseLong(all.group(2).replace(",", ""));
        assertThat(compared).isPositive().isLessThan(patients);
        Matcher hispanic = HISPANIC.matcher(run.out().substring(all.start()));
        assertThat(hispanic.find()).as(run.out()).isTrue();
        double share = Double.parseDouble(hispanic.group(2));
        assertThat(Double.parseDouble(hispanic.group(3))).isLessThanOrEqualTo(share);
        assertThat(Double.parseDouble(hispanic.group(4))).isGreaterThanOrEqualTo(share);
        // The synthetic sites are in largely Hispanic Californian neighbourhoods.
        assertThat(Double.parseDouble(hispanic.group(5))).isBetween(10.0, 90.0);
        assertThat(run.out()).contains("Fruitvale Family Health Center:");
    }

    @Test
    @Order(3)
    void aBadFileExitsWithTwoNamingTheLineAndColumnAndKeepsTheTableLoadedBefore() throws IOException {
        Path bad = Files.writeString(temp.resolve("bad.csv"), "ZCTA5,Hispanic_Total,NH_White_alone,NH_Black_alone,"
                + "NH_AIAN_alone,NH_API_alone,NH_Other_alone,NH_Mult_Total\n94601,10,10,10,0,10,0,x\n");
        String before = CliRun.stratum(data(), "real", "census", "compare").out();

        CliRun run = CliRun.stratum(data(), "real", "census", "load", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("stratum: bad.csv: line 2: column NH_Mult_Total: 'x' is not a number");
        assertThat(CliRun.stratum(data(), "real", "census", "compare").out()).isEqualTo(before);
    }
}
