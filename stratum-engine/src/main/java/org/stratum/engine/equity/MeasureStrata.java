package org.stratum.engine.equity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasurementPeriod;

/** Computed measures' counts by the strata of a dimension. */
public interface MeasureStrata {

    /**
     * For each measure group id with eligible patients, each stratum's eligible patients (denominator
     * minus exclusions and exceptions) and how many of them meet the measure, strata in label order.
     * A missing value is a stratum of its own ("unknown"), never dropped.
     */
    default Map<String, List<GroupCount>> count(MeasureDefinition measure, MeasurementPeriod period,
            StratifyingDimension dimension) {
        Map<String, List<GroupCount>> byGroup = new LinkedHashMap<>();
        countAll(List.of(measure), period, List.of(dimension)).forEach((key, strata) -> byGroup.put(key.groupId(), strata));
        return byGroup;
    }

    /** The same for several measures and dimensions at once, reading the patients' dimensions once. */
    Map<Key, List<GroupCount>> countAll(List<MeasureDefinition> measures, MeasurementPeriod period,
            List<StratifyingDimension> dimensions);

    /** One measure group stratified by one dimension. */
    record Key(String measureId, String groupId, StratifyingDimension dimension) {
        public Key {
            Objects.requireNonNull(measureId, "measureId");
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(dimension, "dimension");
        }
    }
}
