package org.stratum.core.equity.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Hand-checked charts and the requests a chart refuses. */
class ControlChartTest {

    private static List<Subgroup> proportions(int eligible, int... met) {
        return IntStream.of(met).mapToObj(m -> Subgroup.proportion(m, eligible)).toList();
    }

    @Test
    void pChartLimitsVaryWithTheDenominator() {
        List<Subgroup> points = List.of(Subgroup.proportion(10, 100), Subgroup.proportion(40, 400));
        ControlChart chart = ControlChart.of(points, ChartOptions.of(ChartType.P));

        // p̄ = 50/500 = 0.1; σ = √(0.1·0.9/n): 0.03 for n = 100, 0.015 for n = 400
        assertThat(chart.point(0).centre()).isCloseTo(0.1, within(1e-15));
        assertThat(chart.point(0).upper()).isCloseTo(0.19, within(1e-12));
        assertThat(chart.point(1).upper()).isCloseTo(0.145, within(1e-12));
        assertThat(chart.point(0).lower()).isCloseTo(0.01, within(1e-12));
        assertThat(chart.point(1).lowerWarning()).isCloseTo(0.07, within(1e-12));
    }

    @Test
    void laneyPrimeWithEqualDenominatorsIsTheIndividualsChartOfTheProportions() {
        // Laney (2002): with equal n, σᵢσz reduces to the average moving range of the proportions ÷ 1.128.
        List<Subgroup> points = proportions(1000, 100, 120, 90, 110);
        ControlChart laney = ControlChart.of(points, ChartOptions.of(ChartType.P_PRIME));
        ControlChart individuals = ControlChart.of(points, ChartOptions.of(ChartType.I));

        // p̄ = 0.105; mean moving range (0.02 + 0.03 + 0.02)/3; UCL = 0.105 + 3 × 0.0233…/1.128
        assertThat(laney.point(0).upper()).isCloseTo(0.16705673758865247, within(1e-12));
        assertThat(laney.point(0).upper()).isCloseTo(individuals.point(0).upper(), within(1e-12));
        assertThat(laney.point(0).lower()).isCloseTo(0.04294326241134752, within(1e-12));
    }

    @Test
    void laneyAcrossCategoriesUsesTheStandardDeviationOfZ() {
        List<Subgroup> sites = proportions(1000, 100, 120, 90, 110);
        ControlChart funnel = ControlChart.of(sites, ChartOptions.of(ChartType.P_PRIME).acrossCategories());

        // sd(z) = 1.3317362…; UCL = 0.105 + 3 × √(0.105 × 0.895/1000) × sd(z)
        assertThat(funnel.point(0).upper()).isCloseTo(0.14372983346207416, within(1e-12));
        assertThat(funnel.lastPhase().runs().interpreted()).isFalse();
    }

    @Test
    void eachPhaseHasItsOwnCentreLineAndLimits() {
        List<Subgroup> points = proportions(50, 10, 12, 9, 11, 10, 3, 2, 4, 3, 2);
        ControlChart chart = ControlChart.of(points, ChartOptions.of(ChartType.P).withPhasesStartingAt(5));

        assertThat(chart.phases()).extracting(ChartPhase::first, ChartPhase::last)
                .containsExactly(tuple(0, 4), tuple(5, 9));
        assertThat(chart.point(0).centre()).isCloseTo(52.0 / 250, within(1e-15));
        assertThat(chart.point(9).centre()).isCloseTo(14.0 / 250, within(1e-15));
    }

    @Test
    void aFrozenBaselineIgnoresLaterPoints() {
        List<Subgroup> before = proportions(50, 10, 12, 9, 11, 10);
        List<Subgroup> after = proportions(50, 10, 12, 9, 11, 10, 40, 45, 48);
        ChartOptions frozen = ChartOptions.of(ChartType.P).frozenAfter(5);

        ControlChart baseline = ControlChart.of(before, ChartOptions.of(ChartType.P));
        ControlChart extended = ControlChart.of(after, frozen);

        assertThat(extended.point(7).centre()).isEqualTo(baseline.point(0).centre());
        assertThat(extended.point(7).upper()).isEqualTo(baseline.point(0).upper());
        assertThat(extended.point(7).baseline()).isFalse();
        assertThat(extended.point(7).sigmaSignal()).isTrue();
    }

    @Test
    void anExcludedPointIsDrawnAndJudgedButNotUsed() {
        List<Subgroup> points = proportions(50, 10, 12, 9, 45, 11, 10);
        ControlChart chart = ControlChart.of(points, ChartOptions.of(ChartType.P).excluding(3));

        assertThat(chart.point(0).centre()).isCloseTo(52.0 / 250, within(1e-15));
        assertThat(chart.point(3).excluded()).isTrue();
        assertThat(chart.point(3).sigmaSignal()).isTrue();
        assertThat(chart.lastPhase().runs().observations()).isEqualTo(5);
    }

    @Test
    void theMultiplierScalesLinesButNotSignals() {
        List<Subgroup> points = proportions(50, 10, 12, 9, 45, 11, 10);
        ControlChart plain = ControlChart.of(points, ChartOptions.of(ChartType.P));
        ControlChart percent = ControlChart.of(points, ChartOptions.of(ChartType.P).multipliedBy(100));

        assertThat(percent.point(2).upper()).isCloseTo(plain.point(2).upper() * 100, within(1e-12));
        assertThat(percent.point(3).sigmaSignal()).isEqualTo(plain.point(3).sigmaSignal());
    }

    @Test
    void rejectsAFreezeCombinedWithPhases() {
        assertThatThrownBy(() -> ChartOptions.of(ChartType.P).frozenAfter(10).withPhasesStartingAt(12))
                .isInstanceOf(InvalidChart.class).hasMessageContaining("not both");
    }

    @Test
    void rejectsExclusionsAndPhasesBeyondTheSeries() {
        List<Subgroup> points = proportions(50, 10, 12, 9);

        assertThatThrownBy(() -> ControlChart.of(points, ChartOptions.of(ChartType.P).excluding(3)))
                .isInstanceOf(InvalidChart.class).hasMessageContaining("point 3");
        assertThatThrownBy(() -> ControlChart.of(points, ChartOptions.of(ChartType.P).withPhasesStartingAt(3)))
                .isInstanceOf(InvalidChart.class).hasMessageContaining("beyond");
    }

    @Test
    void rejectsAProportionAboveOne() {
        assertThatThrownBy(() -> ControlChart.of(List.of(Subgroup.proportion(11, 10)), ChartOptions.of(ChartType.P)))
                .isInstanceOf(InvalidChart.class).hasMessageContaining("11.0 of 10.0");
    }

    @Test
    void rejectsARateWithoutADenominator() {
        assertThatThrownBy(() -> ControlChart.of(List.of(Subgroup.value(3)), ChartOptions.of(ChartType.U)))
                .isInstanceOf(InvalidChart.class).hasMessageContaining("denominator");
    }

    @Test
    void rejectsATimeBetweenEventsThatIsNotPositive() {
        List<Subgroup> times = List.of(Subgroup.value(12), Subgroup.value(0));

        assertThatThrownBy(() -> ControlChart.of(times, ChartOptions.of(ChartType.T)))
                .isInstanceOf(InvalidChart.class).hasMessageContaining("point 1");
    }

    @Test
    void measurementsGiveTheSampleMeanAndStandardDeviation() {
        Subgroup s = Subgroup.measurements(2, 4, 4, 4, 5, 5, 7, 9);

        assertThat(s.size()).isEqualTo(8);
        assertThat(s.mean()).isEqualTo(5);
        assertThat(s.standardDeviation()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-15));
    }
}
