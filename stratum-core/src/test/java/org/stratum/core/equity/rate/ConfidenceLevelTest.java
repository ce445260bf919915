package org.stratum.core.equity.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class ConfidenceLevelTest {

    @Test
    void ninetyFivePercentHasTheFamiliarCriticalValue() {
        assertThat(ConfidenceLevel.NINETY_FIVE.z()).isCloseTo(1.959963984540054, offset(1e-15));
        assertThat(ConfidenceLevel.NINETY_FIVE.alpha()).isCloseTo(0.05, offset(1e-15));
    }

    @Test
    void ninetyNinePointEightPercentIsAboutThreeStandardErrors() {
        assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z()).isCloseTo(3.090232306167813, offset(1e-12));
    }

    @Test
    void readsPercentages() {
        assertThat(ConfidenceLevel.percent(99.8)).isEqualTo(ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        assertThat(ConfidenceLevel.percent(95)).isEqualTo(ConfidenceLevel.NINETY_FIVE);
    }

    @Test
    void printsAsTheUserWroteIt() {
        assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT).hasToString("99.8%");
        assertThat(ConfidenceLevel.NINETY_FIVE).hasToString("95%");
    }

    @Test
    void rejectsLevelsOutsideTheOpenUnitInterval() {
        for (double bad : new double[] {0, 1, 95, -0.5, Double.NaN}) {
            assertThatThrownBy(() -> ConfidenceLevel.of(bad)).isInstanceOf(InvalidConfidenceLevel.class)
                    .hasMessageContaining("strictly between 0 and 1");
        }
    }
}
