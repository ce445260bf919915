package org.stratum.core.equity.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stratum.core.equity.rate.PheFixture.assertClose;
import static org.stratum.core.equity.rate.PheFixture.number;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Byar's limits against PHEindicatormethods' {@code testdata_B_W} (its {@code testByars.R} compares
 * rows 1-6; row 13 is the NA lower limit for one event at 99.8%).
 */
class ByarsIntervalTest {

    private static final List<NamedCsvRecord> BYARS = PheFixture.rows("testdata_Byars_Wilson__testdata_B_W").stream()
            .filter(r -> r.getField("method").equals("Byars")).toList();

    @Test
    void reproducesEveryByarsRowOfTheReferenceSheet() {
        assertThat(BYARS).hasSize(7);
        for (NamedCsvRecord row : BYARS) {
            double observed = number(row, "x");
            ConfidenceLevel level = PheFixture.level(row, "confidence");
            String where = "x=" + observed + " at " + level;
            assertClose(ByarsInterval.upperLimit(observed, level), number(row, "uppercl"), "upper " + where);
            if (PheFixture.blank(row, "lowercl")) {
                assertThat(ByarsInterval.lowerLimit(observed, level)).as("lower " + where).isEmpty();
            } else {
                assertClose(ByarsInterval.lowerLimit(observed, level).orElseThrow(), number(row, "lowercl"),
                        "lower " + where);
            }
        }
    }

    @Test
    void hasNoLowerLimitForOneEventAtNinetyNinePointEightPercent() {
        assertThat(ByarsInterval.lowerLimit(1, ConfidenceLevel.NINETY_NINE_POINT_EIGHT)).isEmpty();
        assertThatThrownBy(() -> ByarsInterval.of(1, ConfidenceLevel.NINETY_NINE_POINT_EIGHT))
                .isInstanceOf(NoEstimate.class).hasMessageContaining("exact Poisson");
    }

    @Test
    void hasNoLowerLimitForZeroEvents() {
        assertThat(ByarsInterval.lowerLimit(0, ConfidenceLevel.NINETY_FIVE)).isEmpty();
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> ByarsInterval.upperLimit(-4, ConfidenceLevel.NINETY_FIVE))
                .isInstanceOf(InvalidCounts.class);
    }
}
