package org.stratum.core.equity.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stratum.core.equity.rate.PheFixture.assertClose;
import static org.stratum.core.equity.rate.PheFixture.number;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proportions against PHEindicatormethods' {@code testdata_Prop} (both levels, as a proportion and
 * as a percentage) and {@code testdata_Prop_g} (grouped sums). Rows with missing counts test R's NA
 * handling and are skipped.
 */
class ProportionTest {

    @Test
    void reproducesTheReferenceProportionsAtBothLevels() {
        List<NamedCsvRecord> rows = complete(PheFixture.rows("testdata_Proportion__testdata_Prop"));
        assertThat(rows).hasSize(16);
        for (NamedCsvRecord row : rows) {
            Proportion proportion = proportion(row);
            double multiplier = number(row, "multiplier");
            String where = row.getField("Area") + " x" + row.getField("multiplier");
            assertClose(proportion.value() * multiplier, number(row, "value"), "value " + where);
            check(proportion.interval(ConfidenceLevel.NINETY_FIVE).scaled(multiplier), row, "lower95_0cl",
                    "upper95_0cl", where);
            check(proportion.interval(ConfidenceLevel.NINETY_NINE_POINT_EIGHT).scaled(multiplier), row, "lower99_8cl",
                    "upper99_8cl", where);
        }
    }

    @Test
    void reproducesTheGroupedReferenceProportions() {
        List<NamedCsvRecord> rows = complete(PheFixture.rows("testdata_Proportion__testdata_Prop_g"));
        assertThat(rows).hasSize(8);
        for (NamedCsvRecord row : rows) {
            Proportion proportion = proportion(row);
            assertClose(proportion.value(), number(row, "value"), "value " + row.getField("Area"));
            check(proportion.interval(PheFixture.level(row, "confidence")), row, "lowercl", "uppercl",
                    row.getField("Area"));
        }
    }

    @Test
    void aStratumWithNobodyHasNoEstimateButTheWholeRangeAsInterval() {
        Proportion nobody = new Proportion(0, 0);
        assertThat(nobody.hasEstimate()).isFalse();
        assertThatThrownBy(nobody::value).isInstanceOf(NoEstimate.class).hasMessageContaining("nobody");
        assertThat(nobody.interval()).extracting(ConfidenceInterval::lower, ConfidenceInterval::upper)
                .containsExactly(0.0, 1.0);
    }

    @Test
    void theComplementCountsThoseWithoutTheOutcome() {
        assertThat(new Proportion(65, 100).complement()).isEqualTo(new Proportion(35, 100));
    }

    @Test
    void hasTheBinomialStandardError() {
        // √(0.2 × 0.8 / 100) = √0.0016 = 0.04
        assertClose(new Proportion(20, 100).standardError(), 0.04, "standard error of 20/100");
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> new Proportion(-65, 100)).isInstanceOf(InvalidCounts.class);
        assertThatThrownBy(() -> new Proportion(65, -100)).isInstanceOf(InvalidCounts.class);
        assertThatThrownBy(() -> new Proportion(100, 65)).isInstanceOf(InvalidCounts.class)
                .hasMessageContaining("exceeds");
    }

    private static Proportion proportion(NamedCsvRecord row) {
        return new Proportion((long) number(row, "Numerator"), (long) number(row, "Denominator"));
    }

    private static void check(ConfidenceInterval interval, NamedCsvRecord row, String lower, String upper, String where) {
        assertClose(interval.lower(), number(row, lower), lower + " " + where);
        assertClose(interval.upper(), number(row, upper), upper + " " + where);
    }

    private static List<NamedCsvRecord> complete(List<NamedCsvRecord> rows) {
        return rows.stream().filter(r -> !PheFixture.blank(r, "Numerator") && !PheFixture.blank(r, "Denominator"))
                .toList();
    }
}
