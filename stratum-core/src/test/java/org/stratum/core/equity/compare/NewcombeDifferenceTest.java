package org.stratum.core.equity.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.rate.IntervalMethod;
import org.stratum.core.equity.rate.Proportion;

/**
 * Newcombe's own worked examples: Stat Med 1998;17:873-890, Table II, method 10 ("score, no
 * continuity correction"), 95%, printed to four decimals.
 */
class NewcombeDifferenceTest {

    private static final double FOUR_DECIMALS = 0.00005;

    @Test
    void reproducesNewcombesTableTwo() {
        check(56, 70, 48, 80, 0.0524, 0.3339);
        check(9, 10, 3, 10, 0.1705, 0.8090);
        check(5, 56, 0, 29, -0.0381, 0.1926);
        check(0, 10, 0, 20, -0.1611, 0.2775);
        check(0, 10, 0, 10, -0.2775, 0.2775);
        check(10, 10, 0, 20, 0.6791, 1.0000);
        check(10, 10, 0, 10, 0.6075, 1.0000);
    }

    @Test
    void swappingTheGroupsNegatesTheInterval() {
        Proportion a = new Proportion(56, 70);
        Proportion b = new Proportion(48, 80);
        Difference ab = NewcombeDifference.between(a, b, ConfidenceLevel.NINETY_FIVE);
        Difference ba = NewcombeDifference.between(b, a, ConfidenceLevel.NINETY_FIVE);
        assertThat(ba.estimate()).isEqualTo(-ab.estimate());
        assertThat(ba.interval().lower()).isCloseTo(-ab.interval().upper(), within(1e-15));
        assertThat(ba.interval().upper()).isCloseTo(-ab.interval().lower(), within(1e-15));
    }

    private static void check(long x1, long n1, long x2, long n2, double lower, double upper) {
        Difference d = NewcombeDifference.between(new Proportion(x1, n1), new Proportion(x2, n2),
                ConfidenceLevel.NINETY_FIVE);
        String where = x1 + "/" + n1 + " - " + x2 + "/" + n2;
        assertThat(d.estimate()).as(where).isCloseTo((double) x1 / n1 - (double) x2 / n2, within(1e-15));
        assertThat(d.interval().lower()).as("lower " + where).isCloseTo(lower, within(FOUR_DECIMALS));
        assertThat(d.interval().upper()).as("upper " + where).isCloseTo(upper, within(FOUR_DECIMALS));
        assertThat(d.interval().method()).isEqualTo(IntervalMethod.NEWCOMBE_HYBRID_SCORE);
    }
}
