package org.stratum.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.stratum.engine.generate.GenerationReport;
import org.stratum.engine.generate.GeneratorSettings;
import org.stratum.engine.generate.OutputFormat;
import org.stratum.engine.generate.PopulationGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Writes a synthetic California primary-care population, with its ground-truth file. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a synthetic California primary-care population with planted inequities.",
                "Deterministic for a seed. Writes ground-truth.json beside the data."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--patients", required = true, description = "Number of patients.")
    long patients;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
    Path out;

    @Option(names = "--format", defaultValue = "fhir", paramLabel = "fhir|csv",
            description = "fhir (bulk NDJSON, one file per resource type) or csv (Stratum CSV layout). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--end", defaultValue = "2025-12-31", paramLabel = "YYYY-12-31",
            description = "Last day of the history; that year is the measurement period (default: ${DEFAULT-VALUE}).")
    LocalDate end;

    @Option(names = "--years", defaultValue = "3", description = "Years of history, at least 3 (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--threads", description = "Worker threads (default: one per core). Output does not depend on it.")
    Integer threads;

    @Override
    public Integer call() {
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(patients, seed, out.toAbsolutePath(), OutputFormat.fromCliName(format), end,
                    years, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter console = spec.commandLine().getOut();
        TerminalProgress progress = new TerminalProgress(console);
        GenerationReport report = new PopulationGenerator(settings).run(written ->
                progress.show(written, patients, String.format("%,d / %,d patients", written, patients)));
        progress.finish();
        double seconds = report.elapsed().toMillis() / 1000.0;
        console.printf("Wrote %,d patients and %,d records to %s in %.1f s (%,.0f patients/s); peak heap %,d MB.%n",
                report.patients(), report.records(), settings.out(), seconds, report.patients() / seconds, peakHeapMb());
        console.println("Ground truth: " + report.groundTruth());
        return 0;
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum() / (1024 * 1024);
    }
}
