package org.stratum.engine.measure;

import org.stratum.core.measure.MeasurementPeriod;

/** A measure group's population counts for one period. */
public record GroupCounts(String groupId, MeasurementPeriod period, long initialPopulation, long denominator,
        long denominatorExclusion, long numerator, long denominatorException) {

    /** Numerator over the denominator left after exclusions and exceptions; NaN when that is empty. */
    public double rate() {
        long eligible = denominator - denominatorExclusion - denominatorException;
        return eligible == 0 ? Double.NaN : (double) numerator / eligible;
    }
}
