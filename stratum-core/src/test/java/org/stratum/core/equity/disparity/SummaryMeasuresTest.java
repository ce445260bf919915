package org.stratum.core.equity.disparity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stratum.core.equity.Direction;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.rate.NoEstimate;

/**
 * Hand-derived cases on three groups, listed from most to least disadvantaged:
 *
 * <pre>
 *   group  y     se    population  share p
 *   A      0.10  0.01  200         0.25
 *   B      0.20  0.02  200         0.25
 *   C      0.30  0.03  400         0.50
 * </pre>
 *
 * μ = 0.25·0.1 + 0.25·0.2 + 0.5·0.3 = 0.225, so r = y/μ = 4/9, 8/9, 4/3. Relative ranks (ridit
 * midpoints) X = 0.125, 0.375, 0.75, so 2X − 1 = −0.75, −0.25, 0.5.
 */
class SummaryMeasuresTest {

    private static final double EXACT = 1e-12;

    private static final List<GroupEstimate> GROUPS = List.of(
            new GroupEstimate("A", 0.10, 0.01, 200),
            new GroupEstimate("B", 0.20, 0.02, 200),
            new GroupEstimate("C", 0.30, 0.03, 400));

    @Test
    void rangeDifference() {
        // 0.3 − 0.1 = 0.2; SE = √(0.03² + 0.01²) = √0.001 = 0.0316228
        DisparityEstimate rd = RangeDifference.of(GROUPS);
        assertThat(rd.estimate()).isCloseTo(0.2, within(EXACT));
        assertThat(rd.standardError()).hasValueCloseTo(Math.sqrt(0.001), within(EXACT));
        assertThat(rd.interval(ConfidenceLevel.NINETY_FIVE)).hasValueSatisfying(
                ci -> assertThat(ci.lower()).isCloseTo(0.2 - 1.959963984540054 * Math.sqrt(0.001), within(1e-12)));
    }

    @Test
    void rangeRatio() {
        // 0.3/0.1 = 3; SE(ln RR) = √((0.03/0.3)² + (0.01/0.1)²) = √0.02; interval 3·exp(∓1.96·0.141421)
        DisparityEstimate rr = RangeRatio.of(GROUPS);
        assertThat(rr.estimate()).isCloseTo(3, within(EXACT));
        assertThat(rr.standardError()).hasValueCloseTo(Math.sqrt(0.02), within(EXACT));
        assertThat(rr.interval(ConfidenceLevel.NINETY_FIVE).orElseThrow().upper())
                .isCloseTo(3 * Math.exp(1.959963984540054 * Math.sqrt(0.02)), within(1e-12));
    }

    @Test
    void indexOfDisparityAgainstAGroupDividesByTheOtherGroups() {
        // Reference A = 0.1: Σ|y − 0.1| = 0 + 0.1 + 0.2 = 0.3; / 2 groups = 0.15; / 0.1 = 1.5 → 150%
        DisparityEstimate idisp = IndexOfDisparity.againstGroup(GROUPS, "A");
        assertThat(idisp.estimate()).isCloseTo(150, within(1e-10));
        assertThat(idisp.standardError()).isEmpty();
        assertThat(idisp.basis()).contains("no analytic standard error").contains("divided by 2 groups");
    }

    @Test
    void indexOfDisparityAgainstTheBestFollowsTheDirection() {
        // Lower is better: best is A, as above. Higher is better: best is C = 0.3, Σ = 0.2 + 0.1 + 0 = 0.3;
        // / 2 = 0.15; / 0.3 = 0.5 → 50%.
        assertThat(IndexOfDisparity.againstBest(GROUPS, Direction.LOWER_IS_BETTER).estimate()).isCloseTo(150, within(1e-10));
        assertThat(IndexOfDisparity.againstBest(GROUPS, Direction.HIGHER_IS_BETTER).estimate()).isCloseTo(50, within(1e-10));
    }

    @Test
    void indexOfDisparityAgainstTheMeanDividesByAllGroups() {
        // μ = 0.225: Σ|y − μ| = 0.125 + 0.025 + 0.075 = 0.225; / 3 = 0.075; / 0.225 = 1/3 → 33.33%
        assertThat(IndexOfDisparity.againstMean(GROUPS).estimate()).isCloseTo(100.0 / 3, within(1e-10));
    }

    @Test
    void betweenGroupVariance() {
        // 0.25·0.125² + 0.25·0.025² + 0.5·0.075² = 0.00390625 + 0.00015625 + 0.0028125 = 0.006875.
        // Var: 4·Σp²se²(y−μ)² = 4·1.37890625e-6 = 5.515625e-6; 2·[(2.5625e-4)² − 5.12890625e-8 + 5.66015625e-8]
        // = 1.41953125e-7; total 5.657578125e-6, SE 0.00237856640.
        DisparityEstimate bgv = BetweenGroupVariance.of(GROUPS);
        assertThat(bgv.estimate()).isCloseTo(0.006875, within(EXACT));
        assertThat(bgv.standardError()).hasValueCloseTo(Math.sqrt(5.657578125e-6), within(EXACT));
    }

    @Test
    void theilIndex() {
        // T = 0.25·(4/9)ln(4/9) + 0.25·(8/9)ln(8/9) + 0.5·(4/3)ln(4/3) = −0.0901032 − 0.0261744 + 0.1917884 = 0.0755107
        DisparityEstimate theil = TheilIndex.of(GROUPS);
        double expected = 0.25 * 4 / 9 * Math.log(4.0 / 9) + 0.25 * 8 / 9 * Math.log(8.0 / 9) + 0.5 * 4 / 3 * Math.log(4.0 / 3);
        assertThat(theil.estimate()).isCloseTo(expected, within(EXACT)).isCloseTo(0.0755107, within(5e-8));
        assertThat(theil.standardError()).hasValueCloseTo(0.0177632874, within(5e-11));
    }

    @Test
    void meanLogDeviation() {
        // MLD = −(0.25 ln 4/9 + 0.25 ln 8/9 + 0.5 ln 4/3) = 0.2027326 + 0.0294452 − 0.1438410 = 0.0883373
        DisparityEstimate mld = MeanLogDeviation.of(GROUPS);
        assertThat(mld.estimate()).isCloseTo(-(0.25 * Math.log(4.0 / 9) + 0.25 * Math.log(8.0 / 9)
                + 0.5 * Math.log(4.0 / 3)), within(EXACT));
        // SE² = Σ p²se²(1 − 1/r)²/μ² = [0.0625·1e-4·1.5625 + 0.0625·4e-4·0.015625 + 0.25·9e-4·0.0625]/0.050625
        assertThat(mld.standardError()).hasValueCloseTo(Math.sqrt((0.0625 * 1e-4 * 1.5625 + 0.0625 * 4e-4 * 0.015625
                + 0.25 * 9e-4 * 0.0625) / 0.050625), within(EXACT));
    }

    @Test
    void concentrationIndices() {
        // ACI = 0.25·(−0.75)·0.1 + 0.25·(−0.25)·0.2 + 0.5·0.5·0.3 = −0.01875 − 0.0125 + 0.075 = 0.04375
        // SE = √(0.0625·0.5625·1e-4 + 0.0625·0.0625·4e-4 + 0.25·0.25·9e-4) = √6.1328125e-5
        // RCI = 0.04375/0.225 = 0.194444; SE = √Σp²((2X − 1) − RCI)²se² / μ
        DisparityEstimate aci = ConcentrationIndex.absolute(GROUPS);
        assertThat(aci.estimate()).isCloseTo(0.04375, within(EXACT));
        assertThat(aci.standardError()).hasValueCloseTo(Math.sqrt(6.1328125e-5), within(EXACT));
        DisparityEstimate rci = ConcentrationIndex.relative(GROUPS);
        double r = 0.04375 / 0.225;
        assertThat(rci.estimate()).isCloseTo(r, within(EXACT));
        assertThat(rci.standardError()).hasValueCloseTo(Math.sqrt(0.0625 * Math.pow(-0.75 - r, 2) * 1e-4
                + 0.0625 * Math.pow(-0.25 - r, 2) * 4e-4 + 0.25 * Math.pow(0.5 - r, 2) * 9e-4) / 0.225, within(EXACT));
    }

    @Test
    void slopeIndexOfInequality() {
        // X̄ = 0.5, ȳ = μ = 0.225; Sxx = Σp(X − X̄)² = 0.0703125; Sxy = Σp(X − X̄)(y − ȳ) = 0.021875;
        // SII = 0.021875/0.0703125 = 0.311111; β₀ = 0.225 − 0.311111·0.5 = 0.069444; RII = 0.380556/0.069444 = 5.48.
        // Kakwani's identity ACI = 2·Sxx·SII holds: 2 × 0.0703125 × 0.311111 = 0.04375.
        SlopeIndex sii = SlopeIndexOfInequality.of(GROUPS);
        assertThat(sii.sii()).isCloseTo(0.021875 / 0.0703125, within(EXACT));
        assertThat(sii.intercept()).isCloseTo(0.225 - 0.021875 / 0.0703125 / 2, within(EXACT));
        assertThat(sii.rii()).isCloseTo(5.48, within(1e-12));
        assertThat(2 * 0.0703125 * sii.sii()).isCloseTo(ConcentrationIndex.absolute(GROUPS).estimate(), within(EXACT));
        assertThat(sii.siiRelativeToMean()).isCloseTo(sii.sii() / 0.225, within(EXACT));
        // SE = √Σ c²se², c_j = p_j(X_j − X̄)/Sxx = −1.3333, −0.4444, 1.7778
        assertThat(sii.siiStandardError()).hasValueCloseTo(Math.sqrt(Math.pow(0.25 * -0.375 / 0.0703125 * 0.01, 2)
                + Math.pow(0.25 * -0.125 / 0.0703125 * 0.02, 2) + Math.pow(0.5 * 0.25 / 0.0703125 * 0.03, 2)), within(EXACT));
    }

    @Test
    void equalRatesShowNoDisparity() {
        List<GroupEstimate> equal = List.of(new GroupEstimate("A", 0.4, 0.01, 10), new GroupEstimate("B", 0.4, 0.02, 30));
        assertThat(TheilIndex.of(equal).estimate()).isCloseTo(0, within(EXACT));
        assertThat(MeanLogDeviation.of(equal).estimate()).isCloseTo(0, within(EXACT));
        assertThat(BetweenGroupVariance.of(equal).estimate()).isCloseTo(0, within(EXACT));
        assertThat(ConcentrationIndex.absolute(equal).estimate()).isCloseTo(0, within(EXACT));
        assertThat(IndexOfDisparity.againstMean(equal).estimate()).isCloseTo(0, within(EXACT));
        assertThat(SlopeIndexOfInequality.of(equal).sii()).isCloseTo(0, within(EXACT));
    }

    @Test
    void aZeroRateKeepsTheilButNotItsErrorAndHasNoMeanLogDeviation() {
        List<GroupEstimate> withZero = List.of(new GroupEstimate("A", 0, 0, 100), new GroupEstimate("B", 0.2, 0.04, 100));
        // μ = 0.1; r = 0, 2; T = 0.5·0 + 0.5·2·ln 2 = ln 2
        DisparityEstimate theil = TheilIndex.of(withZero);
        assertThat(theil.estimate()).isCloseTo(Math.log(2), within(EXACT));
        assertThat(theil.standardError()).isEmpty();
        assertThat(theil.basis()).contains("rate of 0");
        assertThatThrownBy(() -> MeanLogDeviation.of(withZero)).isInstanceOf(NoEstimate.class).hasMessageContaining("A");
        assertThatThrownBy(() -> RangeRatio.of(withZero)).isInstanceOf(NoEstimate.class).hasMessageContaining("unbounded");
    }

    @Test
    void rejectsASingleGroupAndNegativeRates() {
        assertThatThrownBy(() -> TheilIndex.of(GROUPS.subList(0, 1))).isInstanceOf(InvalidGroupEstimates.class)
                .hasMessageContaining("at least 2 groups");
        List<GroupEstimate> negative = List.of(new GroupEstimate("A", -1, 0, 1), new GroupEstimate("B", 1, 0, 1));
        assertThatThrownBy(() -> MeanLogDeviation.of(negative)).isInstanceOf(InvalidGroupEstimates.class);
        assertThatThrownBy(() -> new GroupEstimate("A", 0.1, -0.01, 1)).isInstanceOf(InvalidGroupEstimates.class);
        assertThatThrownBy(() -> new GroupEstimate("A", 0.1, 0.01, 0)).isInstanceOf(InvalidGroupEstimates.class);
    }
}
