package org.stratum.app.web.quality;

import java.util.Locale;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.measure.DataCoverage;
import org.stratum.engine.real.CompletenessGrouping;
import org.stratum.engine.warehouse.Warehouse;

/** The parameters of the Data quality pages, checked: each wrong one is a {@link BadQualityRequest} naming it. */
final class QualityRequest {
    private QualityRequest() {
    }

    /** The asked period, or the twelve months ending with the last month of data. */
    static MeasurementPeriod period(String asked, Warehouse warehouse) {
        if (asked == null || asked.isBlank()) {
            return DataCoverage.lastMonth(warehouse).map(MeasurementPeriod::twelveMonthsEnding)
                    .orElseThrow(() -> new BadQualityRequest("period",
                            "The warehouse holds no data yet: import data first, then come back."));
        }
        try {
            return MeasurementPeriod.parse(asked.strip());
        } catch (IllegalArgumentException e) {
            throw new BadQualityRequest("period", "The period '" + asked + "' is not a year (2025) or START/END"
                    + " (2025-01-01/2025-12-31): " + e.getMessage());
        }
    }

    /** Site, source or channel: the page shows the months as the trend beside them. */
    static CompletenessGrouping grouping(String asked) {
        String key = asked == null || asked.isBlank() ? "site" : asked.strip().toLowerCase(Locale.ROOT);
        return CompletenessGrouping.fromKey(key).filter(CompletenessGrouping::partition)
                .orElseThrow(() -> new BadQualityRequest("by", "Group by site, source or channel, not '" + asked + "'."));
    }

    /** A percentage from 0 to 100, as a share. */
    static double target(Double asked, double byDefault) {
        double percent = asked == null ? byDefault : asked;
        if (!(percent >= 0 && percent <= 100)) {
            throw new BadQualityRequest("target", "The target must be a percentage from 0 to 100, not " + asked + ".");
        }
        return percent / 100;
    }

    static int staleYears(Integer asked, int byDefault) {
        int years = asked == null ? byDefault : asked;
        if (years < 1 || years > 50) {
            throw new BadQualityRequest("staleYears", "Years before an answer is stale must be from 1 to 50, not "
                    + asked + ".");
        }
        return years;
    }
}
