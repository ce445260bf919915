package org.stratum.core.equity.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stratum.core.equity.rate.PheFixture.assertClose;
import static org.stratum.core.equity.rate.PheFixture.number;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Crude rates against PHEindicatormethods' {@code testdata_Rate} (both levels, multipliers 100 and
 * 100,000) and {@code testdata_Rate_g} (grouped sums). Rows with a missing numerator or denominator
 * test R's NA handling, which has no Java counterpart: our counts are never missing.
 */
class RateTest {

    @Test
    void reproducesTheReferenceRatesAtBothLevels() {
        List<NamedCsvRecord> rows = complete(PheFixture.rows("testdata_Rate__testdata_Rate"));
        assertThat(rows).hasSize(17);
        for (NamedCsvRecord row : rows) {
            Rate rate = new Rate((long) number(row, "Numerator"), number(row, "Denominator"), number(row, "multiplier"));
            String where = row.getField("Area") + " per " + row.getField("multiplier");
            assertClose(rate.value(), number(row, "value"), "value " + where);
            check(rate.interval(ConfidenceLevel.NINETY_FIVE), row, "lower95_0cl", "upper95_0cl", where);
            check(rate.interval(ConfidenceLevel.NINETY_NINE_POINT_EIGHT), row, "lower99_8cl", "upper99_8cl", where);
        }
    }

    @Test
    void reproducesTheGroupedReferenceRates() {
        List<NamedCsvRecord> rows = complete(PheFixture.rows("testdata_Rate__testdata_Rate_g"));
        assertThat(rows).hasSize(9);
        for (NamedCsvRecord row : rows) {
            Rate rate = new Rate((long) number(row, "Numerator"), number(row, "Denominator"), number(row, "multiplier"));
            assertClose(rate.value(), number(row, "value"), "value " + row.getField("Area"));
            check(rate.interval(PheFixture.level(row, "confidence")), row, "lowercl", "uppercl", row.getField("Area"));
        }
    }

    @Test
    void switchesFromExactToByarsAtTenEvents() {
        assertThat(Rate.of(9, 1000).interval().method()).isEqualTo(IntervalMethod.EXACT_POISSON);
        assertThat(Rate.of(10, 1000).interval().method()).isEqualTo(IntervalMethod.BYAR);
    }

    @Test
    void zeroEventsHaveAZeroLowerLimit() {
        assertThat(Rate.of(0, 100).interval().lower()).isZero();
    }

    @Test
    void allowsMoreEventsThanPeople() {
        assertThat(Rate.of(250, 220).value()).isGreaterThan(1);
    }

    @Test
    void aZeroDenominatorHasNoEstimate() {
        Rate empty = Rate.of(0, 0);
        assertThat(empty.hasEstimate()).isFalse();
        assertThatThrownBy(empty::value).isInstanceOf(NoEstimate.class);
        assertThatThrownBy(empty::interval).isInstanceOf(NoEstimate.class);
    }

    @Test
    void rejectsImpossibleInput() {
        assertThatThrownBy(() -> Rate.of(-65, 100)).isInstanceOf(InvalidCounts.class);
        assertThatThrownBy(() -> Rate.of(65, -100)).isInstanceOf(InvalidCounts.class);
        assertThatThrownBy(() -> new Rate(65, 100, 0)).isInstanceOf(InvalidCounts.class);
    }

    private static void check(ConfidenceInterval interval, NamedCsvRecord row, String lower, String upper, String where) {
        assertClose(interval.lower(), number(row, lower), lower + " " + where);
        assertClose(interval.upper(), number(row, upper), upper + " " + where);
        String method = row.getField("method");
        assertThat(interval.method()).as("method " + where)
                .isEqualTo(method.equals("Exact") ? IntervalMethod.EXACT_POISSON : IntervalMethod.BYAR);
    }

    private static List<NamedCsvRecord> complete(List<NamedCsvRecord> rows) {
        return rows.stream().filter(r -> !PheFixture.blank(r, "Numerator") && !PheFixture.blank(r, "Denominator"))
                .toList();
    }
}
