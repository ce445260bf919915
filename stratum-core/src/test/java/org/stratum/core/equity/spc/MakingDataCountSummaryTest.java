package org.stratum.core.equity.spc;

import org.stratum.core.equity.Direction;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The NHS "Making Data Count" icons on XmR charts small enough to check by eye. */
class MakingDataCountSummaryTest {

    /** Mean 10, moving ranges of 2: σ = 2/1.128 ≈ 1.77, limits ≈ 4.68 and 15.32, 2σ lines ≈ 6.45 and 13.55. */
    private static final double[] STABLE = {9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11};

    private static ControlChart xmr(double... values) {
        List<Subgroup> points = Arrays.stream(values).mapToObj(Subgroup::value).toList();
        return ControlChart.of(points, ChartOptions.of(ChartType.I).frozenAfter(STABLE.length));
    }

    private static double[] stableThen(double... latest) {
        double[] values = Arrays.copyOf(STABLE, STABLE.length + latest.length);
        System.arraycopy(latest, 0, values, STABLE.length, latest.length);
        return values;
    }

    @Test
    void aStableProcessShowsCommonCause() {
        MakingDataCountSummary summary = MakingDataCountSummary.of(xmr(STABLE), Direction.HIGHER_IS_BETTER);

        assertThat(summary.variation()).isEqualTo(Variation.COMMON_CAUSE);
        assertThat(summary.pointVariation()).containsOnly(Variation.COMMON_CAUSE);
        assertThat(summary.assurance()).isEqualTo(Assurance.NOT_ASSESSED);
    }

    @Test
    void aPointAboveTheUpperLimitIsImprovementOnlyWhenHigherIsBetter() {
        ControlChart chart = xmr(stableThen(17));

        assertThat(MakingDataCountSummary.of(chart, Direction.HIGHER_IS_BETTER).variation())
                .isEqualTo(Variation.SPECIAL_CAUSE_IMPROVEMENT);
        assertThat(MakingDataCountSummary.of(chart, Direction.LOWER_IS_BETTER).variation())
                .isEqualTo(Variation.SPECIAL_CAUSE_CONCERN);
    }

    @Test
    void sevenPointsBelowTheMeanAreAConcernWhenHigherIsBetter() {
        MakingDataCountSummary summary = MakingDataCountSummary.of(xmr(stableThen(9.5, 9, 9.5, 9, 9.5, 9, 9.5)),
                Direction.HIGHER_IS_BETTER);

        assertThat(summary.variation()).isEqualTo(Variation.SPECIAL_CAUSE_CONCERN);
        // the point before the seven (an 11) is not part of the run
        assertThat(summary.pointVariation().subList(11, 19)).containsExactly(Variation.COMMON_CAUSE,
                Variation.SPECIAL_CAUSE_CONCERN, Variation.SPECIAL_CAUSE_CONCERN, Variation.SPECIAL_CAUSE_CONCERN,
                Variation.SPECIAL_CAUSE_CONCERN, Variation.SPECIAL_CAUSE_CONCERN, Variation.SPECIAL_CAUSE_CONCERN,
                Variation.SPECIAL_CAUSE_CONCERN);
    }

    @Test
    void sixPointsOnOneSideAreNotEnough() {
        MakingDataCountSummary summary = MakingDataCountSummary.of(xmr(stableThen(9.5, 9, 9.5, 9, 9.5, 9)),
                Direction.HIGHER_IS_BETTER);

        assertThat(summary.variation()).isEqualTo(Variation.COMMON_CAUSE);
    }

    @Test
    void twoOfThreeBeyondTheTwoSigmaLineOnOneSide() {
        MakingDataCountSummary summary = MakingDataCountSummary.of(xmr(stableThen(14, 10.5, 14)),
                Direction.LOWER_IS_BETTER);

        assertThat(summary.pointVariation().subList(12, 15)).containsExactly(Variation.SPECIAL_CAUSE_CONCERN,
                Variation.COMMON_CAUSE, Variation.SPECIAL_CAUSE_CONCERN);
    }

    @Test
    void sevenRisingPointsAreATrend() {
        MakingDataCountSummary summary = MakingDataCountSummary.of(xmr(stableThen(9.5, 10.5, 11, 11.5, 12, 12.5, 13)),
                Direction.HIGHER_IS_BETTER);

        assertThat(summary.variation()).isEqualTo(Variation.SPECIAL_CAUSE_IMPROVEMENT);
        // the trend's first point lies below the mean, so NHSRplotthedots calls it a concern
        assertThat(summary.pointVariation().get(12)).isEqualTo(Variation.SPECIAL_CAUSE_CONCERN);
    }

    @Test
    void assuranceReadsTheTargetAgainstTheLatestLimits() {
        ControlChart chart = xmr(STABLE);

        assertThat(MakingDataCountSummary.of(chart, Direction.HIGHER_IS_BETTER, 4).assurance())
                .isEqualTo(Assurance.CONSISTENTLY_PASS);
        assertThat(MakingDataCountSummary.of(chart, Direction.HIGHER_IS_BETTER, 16).assurance())
                .isEqualTo(Assurance.CONSISTENTLY_FAIL);
        assertThat(MakingDataCountSummary.of(chart, Direction.LOWER_IS_BETTER, 16).assurance())
                .isEqualTo(Assurance.CONSISTENTLY_PASS);
        assertThat(MakingDataCountSummary.of(chart, Direction.HIGHER_IS_BETTER, 12).assurance())
                .isEqualTo(Assurance.HIT_AND_MISS);
    }

    @Test
    void aRunChartHasNoAssurance() {
        List<Subgroup> points = Arrays.stream(STABLE).mapToObj(Subgroup::value).toList();
        ControlChart run = ControlChart.of(points, ChartOptions.of(ChartType.RUN));

        assertThat(MakingDataCountSummary.of(run, Direction.HIGHER_IS_BETTER, 12).assurance())
                .isEqualTo(Assurance.NOT_ASSESSED);
    }
}
