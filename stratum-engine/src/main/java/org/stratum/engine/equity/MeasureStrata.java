package org.stratum.engine.equity;

import java.util.List;
import java.util.Map;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasurementPeriod;

/** A computed measure's counts by the strata of one dimension. */
public interface MeasureStrata {

    /**
     * For each measure group id with eligible patients, each stratum's eligible patients (denominator
     * minus exclusions and exceptions) and how many of them meet the measure, strata in label order.
     * A missing value is a stratum of its own ("unknown"), never dropped.
     */
    Map<String, List<GroupCount>> count(MeasureDefinition measure, MeasurementPeriod period,
            StratifyingDimension dimension);
}
