package org.stratum.app.web.measures;

import java.time.format.DateTimeParseException;
import java.util.List;
import org.stratum.app.equity.DisclosablePeriods;
import org.stratum.core.measure.MeasurementPeriod;

/**
 * The period a page shows: the one asked for, which must have been computed and be one the pages
 * publish ({@link DisclosablePeriods}: no two overlap), or the latest of those.
 */
final class PeriodChoice {
    private PeriodChoice() {
    }

    /** @throws BadMeasureRequest for a malformed period, one nothing was computed for, or one not published */
    static MeasurementPeriod choose(String asked, List<MeasurementPeriod> computed) {
        List<MeasurementPeriod> published = DisclosablePeriods.of(computed);
        if (asked == null || asked.isBlank()) {
            return published.get(0);
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
        if (!published.contains(period)) {
            throw new BadMeasureRequest("period", period + " overlaps " + DisclosablePeriods.overlapping(period, published)
                    + ", which is shown here: subtracting the tables of overlapping periods could reveal counts of 1 to"
                    + " 10. Rolling twelve-month periods are on the measure's Monitor, with rounded counts.");
        }
        return period;
    }

    /** Whether the period is twelve months long, as the monthly trend points are. */
    static boolean twelveMonths(MeasurementPeriod period) {
        return period.start().plusYears(1).minusDays(1).equals(period.end());
    }
}
