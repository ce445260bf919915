package org.stratum.engine.generate;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to generate.
 *
 * @param patients    how many patients
 * @param seed        the seed; the same seed gives byte-identical output
 * @param out         the folder to write into (created if missing)
 * @param format      FHIR NDJSON or Stratum CSV
 * @param historyEnd  the last day of the history, a 31 December; that year is the measurement period
 * @param years       whole years of history, at least three
 * @param threads     worker threads; any number gives the same output
 */
public record GeneratorSettings(long patients, long seed, Path out, OutputFormat format, LocalDate historyEnd, int years,
                                int threads) {
    public static final LocalDate DEFAULT_HISTORY_END = LocalDate.of(2025, 12, 31);
    public static final int DEFAULT_YEARS = 3;

    public GeneratorSettings {
        if (patients < 1) {
            throw new IllegalArgumentException("Generate at least one patient, not " + patients);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("Use at least one thread, not " + threads);
        }
        Timeline.yearsEnding(historyEnd, years);
    }

    public static GeneratorSettings of(long patients, long seed, Path out, OutputFormat format) {
        return new GeneratorSettings(patients, seed, out, format, DEFAULT_HISTORY_END, DEFAULT_YEARS,
                Runtime.getRuntime().availableProcessors());
    }

    public Timeline timeline() {
        return Timeline.yearsEnding(historyEnd, years);
    }
}
