package org.stratum.core.equity.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stratum.core.equity.rate.PheFixture.assertClose;
import static org.stratum.core.equity.rate.PheFixture.number;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wilson limits against PHEindicatormethods' {@code testdata_B_W} rows 7-12 ({@code testWilson.R}). */
class WilsonIntervalTest {

    @Test
    void reproducesEveryWilsonRowOfTheReferenceSheet() {
        List<NamedCsvRecord> rows = PheFixture.rows("testdata_Byars_Wilson__testdata_B_W").stream()
                .filter(r -> r.getField("method").equals("Wilson")).toList();
        assertThat(rows).hasSize(6);
        for (NamedCsvRecord row : rows) {
            ConfidenceLevel level = PheFixture.level(row, "confidence");
            ConfidenceInterval interval = WilsonInterval.of(number(row, "x"), number(row, "n"), level);
            String where = row.getField("x") + "/" + row.getField("n") + " at " + level;
            assertClose(interval.lower(), number(row, "lowercl"), "lower " + where);
            assertClose(interval.upper(), number(row, "uppercl"), "upper " + where);
        }
    }

    @Test
    void noneOfNoneIsTheWholeUnitInterval() {
        ConfidenceInterval interval = WilsonInterval.of(0, 0, ConfidenceLevel.NINETY_FIVE);
        assertThat(interval.lower()).isZero();
        assertThat(interval.upper()).isEqualTo(1);
    }

    @Test
    void zeroAndAllSuccessesTouchTheBoundsExactly() {
        // x = 0: L = (z² − z·√z²)/(2(n + z²)) = 0 and U = z²/(n + z²); x = n mirrors it.
        double z = ConfidenceLevel.NINETY_FIVE.z();
        ConfidenceInterval none = WilsonInterval.of(0, 20, ConfidenceLevel.NINETY_FIVE);
        ConfidenceInterval all = WilsonInterval.of(20, 20, ConfidenceLevel.NINETY_FIVE);
        assertThat(none.lower()).isZero();
        assertClose(none.upper(), z * z / (20 + z * z), "upper of 0/20");
        assertThat(all.upper()).isEqualTo(1);
        assertClose(all.lower(), 20 / (20 + z * z), "lower of 20/20");
    }

    @Test
    void rejectsANumeratorAboveItsDenominator() {
        assertThatThrownBy(() -> WilsonInterval.of(80, 50, ConfidenceLevel.NINETY_FIVE))
                .isInstanceOf(InvalidCounts.class).hasMessageContaining("exceeds");
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> WilsonInterval.of(-4, 100, ConfidenceLevel.NINETY_FIVE))
                .isInstanceOf(InvalidCounts.class);
        assertThatThrownBy(() -> WilsonInterval.of(65, -6, ConfidenceLevel.NINETY_FIVE))
                .isInstanceOf(InvalidCounts.class);
    }
}
