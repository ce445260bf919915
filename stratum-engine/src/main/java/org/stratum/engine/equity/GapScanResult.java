package org.stratum.engine.equity;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.stratum.core.equity.gaps.GapFindings;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasurementPeriod;

/**
 * What a gap scan found for one period, which measures it scanned, which it could not because they
 * have not been computed for the period, and how long it took.
 */
public record GapScanResult(MeasurementPeriod period, GapFindings findings, List<MeasureDefinition> scanned,
        List<MeasureDefinition> notComputed, int patients, Duration elapsed) {

    public GapScanResult {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(findings, "findings");
        scanned = List.copyOf(scanned);
        notComputed = List.copyOf(notComputed);
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
