package org.stratum.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementPeriodTest {

    @Test
    void readsStartAndEndOrAYear() {
        assertThat(MeasurementPeriod.parse("2025-01-01/2025-12-31")).isEqualTo(MeasurementPeriod.calendarYear(2025));
        assertThat(MeasurementPeriod.parse(" 2024 ")).isEqualTo(
                new MeasurementPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void saysWhatIsWrongWithAPeriod() {
        assertThatThrownBy(() -> MeasurementPeriod.parse("2025-13-01/2025-12-31"))
                .hasMessage("'2025-13-01/2025-12-31' is not a period: '2025-13-01' is not a date (use YYYY-MM-DD)");
        assertThatThrownBy(() -> MeasurementPeriod.parse("last year")).hasMessageContaining("give START/END");
        assertThatThrownBy(() -> MeasurementPeriod.parse("2025-12-31/2025-01-01")).hasMessageContaining("ends");
    }

    @Test
    void rollingTwelveMonthPeriodsEndEachMonthOldestFirst() {
        List<MeasurementPeriod> trend = MeasurementPeriod.rollingTwelveMonths(YearMonth.of(2025, 12), 24);

        assertThat(trend).hasSize(24);
        assertThat(trend.get(0)).isEqualTo(new MeasurementPeriod(LocalDate.of(2023, 2, 1), LocalDate.of(2024, 1, 31)));
        assertThat(trend.get(1)).isEqualTo(new MeasurementPeriod(LocalDate.of(2023, 3, 1), LocalDate.of(2024, 2, 29)));
        assertThat(trend.get(23)).isEqualTo(MeasurementPeriod.calendarYear(2025));
        assertThat(trend).isSorted();
    }
}
