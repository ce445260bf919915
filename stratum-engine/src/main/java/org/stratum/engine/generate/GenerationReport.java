package org.stratum.engine.generate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What a generation run wrote.
 *
 * @param recordsByFile records (rows or resources) per output file
 * @param groundTruth   the ground-truth file describing the planted inequities
 */
public record GenerationReport(long patients, Map<String, Long> recordsByFile, Path groundTruth, Duration elapsed) {
    public GenerationReport {
        recordsByFile = Map.copyOf(recordsByFile);
    }

    public long records() {
        return recordsByFile.values().stream().mapToLong(Long::longValue).sum();
    }
}
