package org.stratum.core.equity.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.rate.Proportion;

class RateRatioTest {

    private static final ConfidenceLevel LEVEL = ConfidenceLevel.NINETY_FIVE;

    @Test
    void followsTheLogMethodByHand() {
        // 20/100 over 10/100: RR = 2; SE(ln RR) = √(1/20 − 1/100 + 1/10 − 1/100) = √0.13 = 0.3605551;
        // limits 2·exp(∓1.959964 × 0.3605551) = 2·exp(∓0.7066751) = 0.9865632 and 4.0544792.
        Ratio ratio = RateRatio.between(new Proportion(20, 100), new Proportion(10, 100), LEVEL);
        assertThat(ratio.estimate()).isCloseTo(2, within(1e-14));
        assertThat(ratio.interval().lower()).isCloseTo(0.9865632, within(5e-8));
        assertThat(ratio.interval().upper()).isCloseTo(4.0544792, within(5e-8));
        assertThat(ratio.continuityCorrected()).isFalse();
    }

    @Test
    void swappingTheGroupsGivesTheReciprocal() {
        Proportion a = new Proportion(37, 412);
        Proportion b = new Proportion(81, 590);
        Ratio ab = RateRatio.between(a, b, LEVEL);
        Ratio ba = RateRatio.between(b, a, LEVEL);
        assertThat(ba.estimate()).isCloseTo(1 / ab.estimate(), within(1e-14));
        assertThat(ba.interval().lower()).isCloseTo(1 / ab.interval().upper(), within(1e-14));
        assertThat(ba.interval().upper()).isCloseTo(1 / ab.interval().lower(), within(1e-14));
    }

    @Test
    void addsHalfToEveryCellWhenAGroupHasNoEvents() {
        // (0 + 0.5)/(25 + 1) over (6 + 0.5)/(40 + 1) = 0.0192308 / 0.1585366 = 0.1213018
        Ratio ratio = RateRatio.between(new Proportion(0, 25), new Proportion(6, 40), LEVEL);
        assertThat(ratio.continuityCorrected()).isTrue();
        assertThat(ratio.estimate()).isCloseTo(0.5 / 26 / (6.5 / 41), within(1e-14));
        assertThat(ratio.interval().contains(ratio.estimate())).isTrue();
    }

    @Test
    void againstAFixedValueDividesTheWilsonInterval() {
        Proportion p = new Proportion(30, 50);
        Ratio ratio = RateRatio.againstValue(p, 0.8, LEVEL);
        assertThat(ratio.estimate()).isCloseTo(0.75, within(1e-15));
        assertThat(ratio.interval().lower()).isCloseTo(p.wilson(LEVEL).lower() / 0.8, within(1e-15));
    }
}
