package org.stratum.core.equity.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Run charts under both rule sets, with series small enough to check by eye. */
class RunChartTest {

    private static ControlChart runChart(RunsRules rules, double... values) {
        List<Subgroup> points = Arrays.stream(values).mapToObj(Subgroup::value).toList();
        return ControlChart.of(points, ChartOptions.of(ChartType.RUN).judgedBy(rules));
    }

    @Test
    void centreIsTheMedianAndThereAreNoLimits() {
        ControlChart odd = runChart(RunsRules.ANHOEJ, 5, 1, 3, 9, 7);
        ControlChart even = runChart(RunsRules.ANHOEJ, 4, 1, 3, 9);

        assertThat(odd.point(0).centre()).isEqualTo(5);
        assertThat(even.point(0).centre()).isEqualTo(3.5);
        assertThat(odd.points()).noneMatch(ChartPoint::hasLimits).noneMatch(ChartPoint::sigmaSignal);
    }

    @Test
    void anhoejLimitsMatchTheirPublishedTable() {
        // Anhøj & Olesen 2014, table 1: 10 useful points allow a run of 6 and need 2 crossings; 24 allow 8 and need 8.
        assertThat(RunsRules.ANHOEJ.longestRunMax(10)).isEqualTo(6);
        assertThat(RunsRules.ANHOEJ.crossingsMin(10)).isEqualTo(2);
        assertThat(RunsRules.ANHOEJ.longestRunMax(24)).isEqualTo(8);
        assertThat(RunsRules.ANHOEJ.crossingsMin(24)).isEqualTo(8);
    }

    @Test
    void ihiShiftIsSixPointsOnOneSideSkippingPointsOnTheMedian() {
        // median 5; six points above with one on the median among them, then no more than five on a side
        ControlChart shift = runChart(RunsRules.IHI, 6, 7, 5, 8, 6, 7, 9, 1, 2, 3, 8, 2, 1, 3, 5, 1, 2);
        ControlChart noShift = runChart(RunsRules.IHI, 6, 7, 8, 6, 7, 5, 1, 2, 3, 4, 2);

        assertThat(shift.lastPhase().runs().longestRun()).isEqualTo(6);
        assertThat(shift.lastPhase().runs().signals()).contains(RunsSignal.SHIFT);
        assertThat(noShift.lastPhase().runs().signals()).doesNotContain(RunsSignal.SHIFT);
    }

    @Test
    void ihiTrendIsFiveRisingPointsWithRepeatsCountedOnce() {
        ControlChart trend = runChart(RunsRules.IHI, 5, 1, 2, 2, 3, 4, 5, 3);
        ControlChart fourOnly = runChart(RunsRules.IHI, 5, 1, 2, 2, 3, 4, 1, 3);

        assertThat(trend.lastPhase().runs().longestTrend()).isEqualTo(5);
        assertThat(trend.lastPhase().runs().signals()).contains(RunsSignal.TREND);
        assertThat(fourOnly.lastPhase().runs().signals()).doesNotContain(RunsSignal.TREND);
    }

    @Test
    void anhoejRulesHaveNoTrendRule() {
        // a steady climb across the median: a trend by IHI, random by Anhøj (one crossing is enough for 6 points)
        double[] climb = {1, 2, 3, 4, 5, 6};

        assertThat(runChart(RunsRules.IHI, climb).lastPhase().runs().signals()).containsExactly(RunsSignal.TREND);
        assertThat(runChart(RunsRules.ANHOEJ, climb).runsSignal()).isFalse();
    }

    @Test
    void ihiFlagsTooManyCrossingsAndAnhoejDoesNot() {
        double[] sawTooth = new double[20];
        for (int i = 0; i < sawTooth.length; i++) {
            sawTooth[i] = i % 2 == 0 ? 1 : 3;
        }

        RunsAnalysis ihi = runChart(RunsRules.IHI, sawTooth).lastPhase().runs();
        assertThat(ihi.crossings()).isEqualTo(19);
        assertThat(ihi.crossingsMax()).isEqualTo(14);
        assertThat(ihi.signals()).containsExactly(RunsSignal.TOO_MANY_CROSSINGS);
        assertThat(runChart(RunsRules.ANHOEJ, sawTooth).runsSignal()).isFalse();
    }

    @Test
    void tooFewCrossingsSignalsUnderBothRules() {
        double[] twoHalves = {1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 8, 9, 8, 9, 8, 9, 8, 9, 8, 9};

        assertThat(runChart(RunsRules.ANHOEJ, twoHalves).lastPhase().runs().signals())
                .contains(RunsSignal.TOO_FEW_CROSSINGS, RunsSignal.SHIFT);
        assertThat(runChart(RunsRules.IHI, twoHalves).lastPhase().runs().signals())
                .contains(RunsSignal.TOO_FEW_CROSSINGS, RunsSignal.SHIFT);
    }

    @Test
    void missingPointsKeepTheirPlaceButDoNotBreakARun() {
        ControlChart chart = runChart(RunsRules.ANHOEJ, 1, 9, Double.NaN, 9, 1, 2, 3);

        RunsAnalysis runs = chart.lastPhase().runs();
        assertThat(chart.point(0).centre()).isEqualTo(2.5);
        assertThat(chart.points()).hasSize(7);
        assertThat(chart.point(2).isMissing()).isTrue();
        assertThat(runs.observations()).isEqualTo(7);
        assertThat(runs.usefulObservations()).isEqualTo(6);
        assertThat(runs.longestRun()).isEqualTo(2);
        assertThat(runs.crossings()).isEqualTo(3);
    }
}
