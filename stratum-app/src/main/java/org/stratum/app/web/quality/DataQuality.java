package org.stratum.app.web.quality;

import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.real.CompletenessGrouping;

/**
 * Everything the Data quality page shows: completeness by the chosen grouping, the monthly trend, and
 * the census comparison when a census table is loaded (null otherwise).
 */
public record DataQuality(MeasurementPeriod period, CompletenessGrouping grouping, double target,
                   CompletenessTable groups, ShareBars groupChart, CompletenessTable months, TrendLine trend,
                   CensusTableView census) {

    public String by() {
        return grouping.key();
    }

    public long targetPercent() {
        return Math.round(100 * target);
    }
}
