package org.stratum.synthea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitre.synthea.engine.Generator;
import org.mitre.synthea.engine.Generator.GeneratorOptions;
import org.mitre.synthea.helpers.Config;

/**
 * Synthea's FHIR R4 output loads into Stratum with zero rejects: a handful of Californians as
 * transaction Bundles (with their hospitals and practitioners) and as bulk-data NDJSON, imported by
 * the packaged command line, which refuses an import with any rejected record.
 */
class SyntheaPatientsImportTest {
    private static final Path STRATUM_JAR = Path.of("../stratum-app/target/stratum.jar");

    @TempDir
    Path temp;

    @Test
    void syntheaBundlesLoadWithZeroRejects() throws Exception {
        Path out = generate(temp.resolve("bundles"), 42, false);

        String report = importWithStratum(out.resolve("fhir"));

        assertThat(report).contains("Imported").contains("patient").doesNotContain("reject");
    }

    @Test
    void syntheaBulkDataLoadsWithZeroRejects() throws Exception {
        Path out = generate(temp.resolve("bulk"), 7, true);

        String report = importWithStratum(out.resolve("fhir"));

        assertThat(report).contains("Imported").contains("patient").doesNotContain("reject");
    }

    private static Path generate(Path out, long seed, boolean bulk) {
        Config.set("exporter.baseDirectory", out.toString());
        Config.set("exporter.fhir.export", "true");
        Config.set("exporter.fhir.bulk_data", Boolean.toString(bulk));
        Config.set("exporter.hospital.fhir.export", "true");
        Config.set("exporter.practitioner.fhir.export", "true");
        Config.set("exporter.years_of_history", "5");
        Config.set("exporter.metadata.export", "false");
        Config.set("generate.log_patients.detail", "none");
        GeneratorOptions options = new GeneratorOptions();
        options.population = 4;
        options.seed = seed;
        options.clinicianSeed = seed;
        options.state = "California";
        new Generator(options).run();
        return out;
    }

    private String importWithStratum(Path fhir) throws IOException, InterruptedException {
        assumeTrue(Files.isRegularFile(STRATUM_JAR), "stratum-app is not packaged (" + STRATUM_JAR + "), skipping");
        Path log = temp.resolve("import-" + fhir.getParent().getFileName() + ".txt");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-jar", STRATUM_JAR.toString(), "--data",
                temp.resolve("data-" + fhir.getParent().getFileName()).toString(), "import", "--format", "fhir", fhir.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("import finished").isTrue();
        String report = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(report).isZero();
        return report;
    }
}
