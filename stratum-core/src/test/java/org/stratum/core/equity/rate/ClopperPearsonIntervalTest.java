package org.stratum.core.equity.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stratum.core.equity.rate.PheFixture.assertClose;

import org.junit.jupiter.api.Test;

/**
 * Hand-derived cases. At x = 0 the upper limit solves (1 − U)ⁿ = α/2, so U = 1 − (α/2)^(1/n); at
 * x = n the lower limit is (α/2)^(1/n). Swapping successes and failures mirrors the interval.
 */
class ClopperPearsonIntervalTest {

    private static final ConfidenceLevel LEVEL = ConfidenceLevel.NINETY_FIVE;

    @Test
    void zeroSuccessesHaveTheClosedFormUpperLimit() {
        ConfidenceInterval interval = ClopperPearsonInterval.of(0, 10, LEVEL);
        assertThat(interval.lower()).isZero();
        assertClose(interval.upper(), 1 - Math.pow(0.025, 0.1), "upper of 0/10");
    }

    @Test
    void allSuccessesHaveTheClosedFormLowerLimit() {
        ConfidenceInterval interval = ClopperPearsonInterval.of(10, 10, LEVEL);
        assertThat(interval.upper()).isEqualTo(1);
        assertClose(interval.lower(), Math.pow(0.025, 0.1), "lower of 10/10");
    }

    @Test
    void swappingSuccessesAndFailuresMirrorsTheInterval() {
        ConfidenceInterval three = ClopperPearsonInterval.of(3, 17, LEVEL);
        ConfidenceInterval fourteen = ClopperPearsonInterval.of(14, 17, LEVEL);
        assertClose(three.lower(), 1 - fourteen.upper(), "mirrored lower");
        assertClose(three.upper(), 1 - fourteen.lower(), "mirrored upper");
    }

    @Test
    void isWiderThanWilson() {
        Proportion p = new Proportion(7, 40);
        assertThat(p.clopperPearson(LEVEL).width()).isGreaterThan(p.wilson(LEVEL).width());
    }
}
