package org.stratum.engine.measure;

import java.time.Duration;
import java.util.List;
import org.stratum.core.measure.MeasurementPeriod;

/**
 * The result of computing measures over the warehouse.
 *
 * @param outcomes    one per measure asked for, in order
 * @param periods     the periods computed
 * @param codes       where the value sets' codes came from
 * @param patients    the patients in the warehouse
 * @param elapsed     wall time of the whole run
 */
public record MeasureRun(List<MeasureOutcome> outcomes, List<MeasurementPeriod> periods, CodeSource codes,
        long patients, Duration elapsed) {

    public MeasureRun {
        outcomes = List.copyOf(outcomes);
        periods = List.copyOf(periods);
    }

    /** Patient-measure evaluations: every patient, for every computed measure, in every period. */
    public long evaluations() {
        return patients * periods.size() * outcomes.stream().filter(MeasureOutcome::computed).count();
    }
}
