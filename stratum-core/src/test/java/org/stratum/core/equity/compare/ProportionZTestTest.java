package org.stratum.core.equity.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.rate.Proportion;

class ProportionZTestTest {

    @Test
    void equalsPearsonsChiSquareForTheTwoByTwoTable() {
        // 56/70 vs 48/80. Expected cells from the margins (104 with, 46 without, of 150):
        // 48.5333, 21.4667 / 55.4667, 24.5333; Σ(O − E)²/E = 7.023411; P(χ²₁ > 7.023411) = 0.00804508.
        long[][] observed = {{56, 14}, {48, 32}};
        double chiSquare = pearson(observed);
        double expected = ChiSquaredDistribution.of(1).survivalProbability(chiSquare);
        double p = ProportionZTest.twoGroups(new Proportion(56, 70), new Proportion(48, 80));
        assertThat(p).isCloseTo(expected, within(1e-12));
        assertThat(p).isCloseTo(0.00804508, within(5e-9));
    }

    @Test
    void isTheSameForTheComplementaryFramingUpToRounding() {
        // Equal in exact arithmetic; ComparisonWithReference always tests the adverse counts, so its
        // verdicts do not depend even on this last-digit rounding.
        Proportion a = new Proportion(56, 70);
        Proportion b = new Proportion(48, 80);
        assertThat(ProportionZTest.twoGroups(a.complement(), b.complement()))
                .isCloseTo(ProportionZTest.twoGroups(a, b), within(1e-15));
    }

    @Test
    void isOneWithoutVariation() {
        assertThat(ProportionZTest.twoGroups(new Proportion(0, 12), new Proportion(0, 40))).isEqualTo(1);
        assertThat(ProportionZTest.twoGroups(new Proportion(12, 12), new Proportion(40, 40))).isEqualTo(1);
    }

    @Test
    void againstAValueRejectsExactlyWhenTheWilsonIntervalExcludesIt() {
        // The Wilson limits are the p₀ at which the score statistic equals z, so the p-value at a limit is alpha.
        Proportion p = new Proportion(37, 120);
        ConfidenceLevel level = ConfidenceLevel.NINETY_FIVE;
        assertThat(ProportionZTest.againstValue(p, p.wilson(level).lower())).isCloseTo(0.05, within(1e-12));
        assertThat(ProportionZTest.againstValue(p, p.wilson(level).upper())).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void againstZeroIsCertainUnlessTheGroupIsZeroToo() {
        assertThat(ProportionZTest.againstValue(new Proportion(0, 30), 0)).isEqualTo(1);
        assertThat(ProportionZTest.againstValue(new Proportion(1, 30), 0)).isEqualTo(0);
    }

    private static double pearson(long[][] table) {
        double total = table[0][0] + table[0][1] + table[1][0] + table[1][1];
        double sum = 0;
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                double expected = (table[r][0] + table[r][1]) * (double) (table[0][c] + table[1][c]) / total;
                sum += Math.pow(table[r][c] - expected, 2) / expected;
            }
        }
        return sum;
    }
}
