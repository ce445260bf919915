package org.stratum.engine.equity;

import java.util.Objects;
import org.stratum.core.measure.MeasurementPeriod;

/**
 * One measure group's counts for one period: the eligible patients (denominator minus exclusions and
 * exceptions), those meeting the measure, and those of the eligible whose race and ethnicity they
 * reported themselves (an answer, not a refusal or "unknown").
 */
public record MeasureTotal(String measureId, String groupId, MeasurementPeriod period, long eligible, long met,
        long selfReported) {

    public MeasureTotal {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(period, "period");
    }
}
