package org.stratum.engine.equity;

import java.util.List;
import java.util.Set;
import org.stratum.core.measure.MeasurementPeriod;

/** What has been computed, and each measure group's overall counts: what an overview of the measures reads. */
public interface MeasureTotals {

    /** Every period at least one measure was computed for, the latest end first (then the longest). */
    List<MeasurementPeriod> computedPeriods();

    /** Every period one measure was computed for, in the same order: one read, where pages need one measure's. */
    List<MeasurementPeriod> computedPeriods(String measureId);

    /** The ids of the measures computed for the period. */
    Set<String> computedMeasures(MeasurementPeriod period);

    /** Each measure group's counts in the period; a group nobody is eligible for has no entry. */
    List<MeasureTotal> totals(MeasurementPeriod period);
}
