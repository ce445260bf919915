package org.stratum.app.equity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stratum.core.measure.MeasurementPeriod;

class DisclosablePeriodsTest {

    @Test
    void ofACalendarYearAndTwentyFourRollingPointsOnlyTheYearsArePublished() {
        List<MeasurementPeriod> computed = new ArrayList<>(MeasurementPeriod.rollingTwelveMonths(YearMonth.of(2025, 12), 24));
        computed.add(MeasurementPeriod.calendarYear(2025));

        assertThat(DisclosablePeriods.of(computed))
                .containsExactly(MeasurementPeriod.calendarYear(2025), MeasurementPeriod.calendarYear(2024));
    }

    @Test
    void withoutCalendarYearsTheLatestPeriodsThatOverlapNoneKeptArePublished() {
        List<MeasurementPeriod> computed = List.of(MeasurementPeriod.parse("2024-06-01/2025-05-31"),
                MeasurementPeriod.parse("2024-07-01/2025-06-30"), MeasurementPeriod.parse("2023-07-01/2024-06-30"));

        assertThat(DisclosablePeriods.of(computed)).containsExactly(MeasurementPeriod.parse("2024-07-01/2025-06-30"),
                MeasurementPeriod.parse("2023-07-01/2024-06-30"));
    }

    @Test
    void aCalendarYearIsKeptBeforeALaterRollingPointItOverlaps() {
        List<MeasurementPeriod> computed = List.of(MeasurementPeriod.parse("2025-03-01/2026-02-28"),
                MeasurementPeriod.calendarYear(2025), MeasurementPeriod.parse("2024-01-01/2024-06-30"));

        assertThat(DisclosablePeriods.of(computed))
                .containsExactly(MeasurementPeriod.calendarYear(2025), MeasurementPeriod.parse("2024-01-01/2024-06-30"));
        assertThat(DisclosablePeriods.overlapping(MeasurementPeriod.parse("2025-03-01/2026-02-28"),
                DisclosablePeriods.of(computed))).isEqualTo(MeasurementPeriod.calendarYear(2025));
    }
}
