package org.stratum.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.stratum.engine.generate.GenerationReport;
import org.stratum.engine.generate.GeneratorSettings;
import org.stratum.engine.generate.OutputFormat;
import org.stratum.engine.generate.PopulationGenerator;
import org.stratum.engine.generate.truth.GroundTruthWriter;

/**
 * The demo's synthetic population, kept under the data directory so the warehouse can always be
 * rebuilt from it. It is generated once per size and seed; a generation that was interrupted is
 * never mistaken for a finished one, because it is written to a side folder and moved in whole.
 */
final class DemoPopulation {
    private DemoPopulation() {
    }

    static Path ensure(Path dataDir, long patients, long seed, PrintWriter out) {
        Path folder = dataDir.resolve("demo").resolve("population-" + patients + "-seed-" + seed);
        if (Files.exists(folder.resolve(GroundTruthWriter.FILE))) {
            out.println("Using the demo population in " + folder);
            return folder;
        }
        Path partial = folder.resolveSibling(folder.getFileName() + ".partial");
        try {
            deleteTree(partial);
            out.printf("Generating %,d synthetic patients (seed %d)…%n", patients, seed);
            out.flush();
            GeneratorSettings settings = GeneratorSettings.of(patients, seed, partial, OutputFormat.CSV);
            GenerationReport report = new PopulationGenerator(settings).run(written -> { });
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            out.printf("Generated %,d patients and %,d records in %.1f s.%n", patients, report.records(),
                    report.elapsed().toMillis() / 1000.0);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo population to " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
