package org.stratum.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stratum.app.cli.CliRun.stratum;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, one-line reasons, and the commands' results. */
class StratumCliTests {
    @TempDir
    Path temp;



    private String data() {
        return "--data=" + temp.resolve("data");
    }

    @Test
    void helpListsEveryCommand() {
        CliRun run = stratum("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("demo", "serve", "generate", "import", "status", "users", "gaps", "real");
    }

    @Test
    void anUnknownCommandGivesAOneLineReasonAndTheUsageWithExitCode2() {
        CliRun run = stratum("frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst()).hasValueSatisfying(line ->
                assertThat(line).startsWith("stratum: ").contains("frobnicate"));
        assertThat(run.err()).contains("Usage: stratum").doesNotContain("Exception");
    }

    @Test
    void aBadOptionValueGivesExitCode2() {
        CliRun run = stratum("generate", "--patients", "0", "--out", temp.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("stratum: Generate at least one patient").contains("Usage: stratum generate");
    }

    @Test
    void generateWritesAPopulationAndItsGroundTruth() {
        Path out = temp.resolve("population");
        CliRun run = stratum("generate", "--patients", "60", "--seed", "3", "--out", out.toString(), "--format", "csv");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Wrote 60 patients").contains("ground-truth.json");
        assertThat(out.resolve("patient.csv")).exists();
        assertThat(out.resolve("ground-truth.json")).exists();
    }

    @Test
    void importedPatientsShowInTheStatus() {
        Path out = temp.resolve("population");
        stratum("generate", "--patients", "80", "--out", out.toString(), "--format", "csv");

        CliRun imported = stratum(data(), "import", out.toString(), "--source", "clinic");
        CliRun status = stratum(data(), "status");

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("Imported").contains("as source 'clinic'").contains("patient");
        assertThat(status.out()).contains("Warehouse: 80 patients").contains("last import: clinic (stratum-csv)");
        assertThat(stratum(data(), "import", out.toString(), "--source", "clinic").out()).contains("Already imported");
    }

    @Test
    void aRejectedImportSaysFileLineAndColumnInOneLine() throws IOException {
        Path bad = Files.createDirectories(temp.resolve("bad"));
        Files.writeString(bad.resolve("patient.csv"), "patient_id,birth_date\np1,1970-01-01\np2,yesterday\n");

        CliRun run = stratum(data(), "import", bad.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .contains("patient.csv line 3").contains("birth_date").contains("yesterday"));
        assertThat(run.err()).doesNotContain("\tat ");
        assertThat(stratum(data(), "status").out()).contains("0 patients");
    }

    @Test
    void aMappedExtractImportsAndADryRunListsWhatTheMappingLacks() throws IOException {
        Path mapping = Path.of("..", "examples", "mappings", "community-health-center.yaml");
        Path extract = Path.of("..", "examples", "extracts", "community-health-center");
        Path unfinished = Files.writeString(temp.resolve("unfinished.yaml"), Files.readString(mapping)
                .replace("      Asian - Vietnamese: 2047-9\n", "").replace("      Vietnamese: vi\n", ""));

        CliRun dryRun = stratum(data(), "import", extract.toString(), "--mapping", unfinished.toString(), "--dry-run");
        CliRun refused = stratum(data(), "import", extract.toString(), "--mapping", unfinished.toString());
        CliRun imported = stratum(data(), "import", extract.toString(), "--mapping", mapping.toString(), "--source", "chc");

        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("2 unmapped value(s)")
                .contains("patients.csv column RACE (value map race): \"Asian - Vietnamese\" × 1, line 3")
                .contains("patients.csv column PREF_LANGUAGE (value map language): \"Vietnamese\" × 1, line 3")
                .contains("9 record(s) rejected (2 for the unmapped values above); the others:")
                .contains("visits.csv line 3 (encounter/V1002), field MRN: patient \"TEST0002\" is rejected, so this record is"
                        + " too");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("patients.csv line 3").contains("unmapped value \"Asian - Vietnamese\"")
                .contains("--dry-run to list every unmapped value");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("as source 'chc'").contains("patient_race_ethnicity").doesNotContain("rejected");
        assertThat(stratum(data(), "status").out()).contains("Warehouse: 8 patients").contains("last import: chc (mapped-csv)");
    }

    @Test
    void aMappingMistakeIsOneClearLineNamingItsLine() throws IOException {
        Path mapping = Files.writeString(temp.resolve("bad.yaml"),
                "stratum-mapping: 1\nfiles:\n  - file: p.csv\n    tables:\n      - table: patients\n");
        Path extract = Files.createDirectories(temp.resolve("extract"));
        Files.writeString(extract.resolve("p.csv"), "MRN\np1\n");

        CliRun run = stratum(data(), "import", extract.toString(), "--mapping", mapping.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("stratum: the mapping cannot be used").contains("bad.yaml line 5")
                .contains("unknown table 'patients'").doesNotContain("\tat ");
    }

    @Test
    void aDataDirectoryThatIsAFileIsOneClearLine() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

        CliRun run = stratum("--data", file.toString(), "status");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("stratum: The data directory " + file).contains("cannot be used")
                .doesNotContain("\tat ");
    }

    @Test
    void verboseShowsTheStackTrace() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

        assertThat(stratum("--data", file.toString(), "--verbose", "status").err()).contains("\tat ");
    }

    @Test
    void aPortInUseIsOneClearLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            CliRun run = stratum(data(), "serve", "--port", Integer.toString(taken.getLocalPort()));

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).startsWith("stratum: ").contains(Integer.toString(taken.getLocalPort()))
                    .contains("--port").doesNotContain("\tat ");
        }
    }

    @Test
    void anUnreachableDatabaseIsOneClearLine() {
        CliRun run = stratum(data(), "--db-url", "jdbc:postgresql://127.0.0.1:1/stratum", "serve", "--port", "0");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("stratum: The workflow store database cannot be reached")
                .doesNotContain("\tat ");
    }

    @Test
    void anAccountAddedOnTheCommandLineIsListed() {
        InputStream keyboard = System.in;
        try {
            System.setIn(new ByteArrayInputStream("correct-horse-battery\n".getBytes(StandardCharsets.UTF_8)));
            CliRun added = stratum(data(), "users", "add", "maria", "--role", "analyst", "--name", "Maria Lopez",
                    "--password-stdin");
            assertThat(added.exitCode()).as(added.err()).isZero();
        } finally {
            System.setIn(keyboard);
        }

        CliRun listed = stratum(data(), "users", "list");

        assertThat(listed.out()).contains("maria").contains("analyst").contains("Maria Lopez").contains("enabled");
    }

    @Test
    void anUnknownRoleIsWrongUsage() {
        CliRun run = stratum(data(), "users", "add", "maria", "--role", "boss", "--password-stdin");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("stratum: --role must be admin, analyst or viewer");
    }
}
