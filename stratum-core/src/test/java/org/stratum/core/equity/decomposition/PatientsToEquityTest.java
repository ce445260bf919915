package org.stratum.core.equity.decomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PatientsToEquityTest {

    @Test
    void higherIsBetterCountsPatientsWhoWouldNeedToMeetTheMeasure() {
        // 30 of 50 screened (60%) against 80%: 40 would need to be, so 10 more
        PatientsToEquity tenMore = PatientsToEquity.of(30, 50, 0.8, true);

        assertThat(tenMore.patients()).isEqualTo(10);
        assertThat(tenMore.rateAfter()).isEqualTo(0.8);
        // against 81%: 40.5 patients, and half a patient closes nothing, so 11
        assertThat(PatientsToEquity.of(30, 50, 0.81, true).patients()).isEqualTo(11);
    }

    @Test
    void lowerIsBetterCountsPatientsWhoWouldNeedToLeaveTheAdverseNumerator() {
        // 40 of 100 with poor control (40%) against 30%: 10 fewer; against 35%: 5
        assertThat(PatientsToEquity.of(40, 100, 0.30, false).patients()).isEqualTo(10);
        assertThat(PatientsToEquity.of(40, 100, 0.35, false).patients()).isEqualTo(5);
        assertThat(PatientsToEquity.of(40, 100, 0.35, false).rateAfter()).isEqualTo(0.35);
    }

    @Test
    void aGroupAtOrBeyondTheReferenceNeedsNoOne() {
        assertThat(PatientsToEquity.of(45, 50, 0.8, true).patients()).isZero();
        assertThat(PatientsToEquity.of(40, 50, 0.8, true).patients()).isZero();
        assertThat(PatientsToEquity.of(20, 100, 0.3, false).patients()).isZero();
    }

    @Test
    void aReferenceGroupGivenAsCountsIsExact() {
        // 1 of 7 against 2 of 3: 7 × 2/3 − 1 = 11/3, so 4 (5 of 7 ≥ 2/3 > 4 of 7)
        assertThat(PatientsToEquity.of(1, 7, 2, 3, true).patients()).isEqualTo(4);
        assertThat(PatientsToEquity.of(6, 7, 1, 3, false).patients()).isEqualTo(4);
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> PatientsToEquity.of(51, 50, 0.8, true)).isInstanceOf(InvalidDecomposition.class)
                .hasMessageContaining("51 of 50");
        assertThatThrownBy(() -> PatientsToEquity.of(30, 50, 1.2, true)).isInstanceOf(InvalidDecomposition.class)
                .hasMessageContaining("1.2");
    }

    @Property
    void theCountIsTheFewestThatReachTheReference(@ForAll @IntRange(min = 1, max = 5000) int denominator,
            @ForAll @IntRange(min = 0, max = 5000) int numerator, @ForAll @IntRange(min = 1, max = 5000) int referenceDenominator,
            @ForAll @IntRange(min = 0, max = 5000) int referenceNumerator, @ForAll boolean higherIsBetter) {
        Assume.that(numerator <= denominator && referenceNumerator <= referenceDenominator);
        long p = PatientsToEquity.of(numerator, denominator, referenceNumerator, referenceDenominator, higherIsBetter).patients();

        assertThat(p).isBetween(0L, (long) denominator);
        if (p > 0) {
            long after = higherIsBetter ? numerator + p : numerator - p;
            long oneShort = higherIsBetter ? after - 1 : after + 1;
            // compare x/n with x_ref/n_ref by cross-multiplying, so the check itself is exact
            assertThat(reaches(after, denominator, referenceNumerator, referenceDenominator, higherIsBetter)).isTrue();
            assertThat(reaches(oneShort, denominator, referenceNumerator, referenceDenominator, higherIsBetter)).isFalse();
        }
    }

    @Property
    void aRateGivesTheSameCountAsTheCountsItCameFrom(@ForAll @IntRange(min = 1, max = 5000) int denominator,
            @ForAll @IntRange(min = 0, max = 5000) int numerator, @ForAll @IntRange(min = 1, max = 5000) int referenceDenominator,
            @ForAll @IntRange(min = 0, max = 5000) int referenceNumerator, @ForAll boolean higherIsBetter) {
        Assume.that(numerator <= denominator && referenceNumerator <= referenceDenominator);
        double rate = (double) referenceNumerator / referenceDenominator;

        assertThat(PatientsToEquity.of(numerator, denominator, rate, higherIsBetter).patients())
                .isEqualTo(PatientsToEquity.of(numerator, denominator, referenceNumerator, referenceDenominator, higherIsBetter)
                        .patients());
    }

    private static boolean reaches(long x, long n, long xRef, long nRef, boolean higherIsBetter) {
        return higherIsBetter ? x * nRef >= xRef * n : x * nRef <= xRef * n;
    }
}
