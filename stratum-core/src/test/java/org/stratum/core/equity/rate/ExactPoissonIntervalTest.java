package org.stratum.core.equity.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stratum.core.equity.rate.PheFixture.assertClose;

import org.junit.jupiter.api.Test;

/**
 * Closed forms: with 2 degrees of freedom the chi-squared distribution is exponential, so for O = 0
 * the upper limit is −ln(α/2) and for O = 1 the lower limit is −ln(1 − α/2). The fixture values for
 * O from 1 to 9 are covered through {@link RateTest}.
 */
class ExactPoissonIntervalTest {

    @Test
    void zeroEventsGiveZeroToMinusLogHalfAlpha() {
        ConfidenceInterval interval = ExactPoissonInterval.of(0, ConfidenceLevel.NINETY_FIVE);
        assertThat(interval.lower()).isZero();
        assertClose(interval.upper(), -Math.log(0.025), "upper for 0 events");
    }

    @Test
    void oneEventHasLowerLimitMinusLogOfOneMinusHalfAlpha() {
        assertClose(ExactPoissonInterval.of(1, ConfidenceLevel.NINETY_FIVE).lower(), -Math.log1p(-0.025),
                "lower for 1 event");
    }

    @Test
    void reproducesTheSpotValueForFiveEvents() {
        // SOURCES.md: exact Poisson, 5/100 per 100,000: (1623.4863901184199, 11668.332079322669)
        ConfidenceInterval interval = ExactPoissonInterval.of(5, ConfidenceLevel.NINETY_FIVE).scaled(1000);
        assertClose(interval.lower(), 1623.4863901184199, "lower");
        assertClose(interval.upper(), 11668.332079322669, "upper");
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> ExactPoissonInterval.of(-1, ConfidenceLevel.NINETY_FIVE))
                .isInstanceOf(InvalidCounts.class);
    }
}
