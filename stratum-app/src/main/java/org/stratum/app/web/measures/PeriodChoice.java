package org.stratum.app.web.measures;

import java.time.format.DateTimeParseException;
import java.util.List;
import org.stratum.core.measure.MeasurementPeriod;

/** The period a page shows: the one asked for, which must have been computed, or the latest computed. */
final class PeriodChoice {
    private PeriodChoice() {
    }

    /** @throws BadMeasureRequest for a malformed period or one nothing was computed for */
    static MeasurementPeriod choose(String asked, List<MeasurementPeriod> computed) {
        if (asked == null || asked.isBlank()) {
            return computed.get(0);
        }
        MeasurementPeriod period;
        try {
            period = MeasurementPeriod.parse(asked.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadMeasureRequest("period", "'" + asked + "' is not a period: write START/END, e.g."
                    + " 2025-01-01/2025-12-31, or a year such as 2025.");
        }
        if (!computed.contains(period)) {
            throw new BadMeasureRequest("period", "No measure has been computed for " + period
                    + "; run 'stratum measures run --period " + period + "' first.");
        }
        return period;
    }

    /** Whether the period is twelve months long, as the monthly trend points are. */
    static boolean twelveMonths(MeasurementPeriod period) {
        return period.start().plusYears(1).minusDays(1).equals(period.end());
    }
}
