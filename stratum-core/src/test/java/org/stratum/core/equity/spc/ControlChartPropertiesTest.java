package org.stratum.core.equity.spc;

import org.stratum.core.equity.Direction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class ControlChartPropertiesTest {

    @Provide
    Arbitrary<List<Subgroup>> proportions() {
        Arbitrary<Subgroup> one = Arbitraries.integers().between(1, 5000).flatMap(n ->
                Arbitraries.integers().between(0, n).map(met -> Subgroup.proportion(met, n)));
        return one.list().ofMinSize(2).ofMaxSize(40);
    }

    @Property
    void limitsContainTheCentreAndStayWithinZeroAndOne(@ForAll("proportions") List<Subgroup> points) {
        for (ChartType type : List.of(ChartType.P, ChartType.P_PRIME)) {
            for (ChartPoint p : ControlChart.of(points, ChartOptions.of(type)).points()) {
                if (p.hasLimits()) {
                    assertThat(p.lower()).isBetween(0.0, p.centre());
                    assertThat(p.upper()).isBetween(p.centre(), 1.0);
                    assertThat(p.lowerWarning()).isBetween(p.lower(), p.centre());
                    assertThat(p.upperWarning()).isBetween(p.centre(), p.upper());
                }
            }
        }
    }

    @Property
    void phasesAreChartedAsIfTheyWereSeparateSeries(@ForAll("proportions") List<Subgroup> before,
            @ForAll("proportions") List<Subgroup> after) {
        List<Subgroup> both = new ArrayList<>(before);
        both.addAll(after);
        ControlChart phased = ControlChart.of(both, ChartOptions.of(ChartType.P).withPhasesStartingAt(before.size()));
        ControlChart second = ControlChart.of(after, ChartOptions.of(ChartType.P));

        for (int i = 0; i < after.size(); i++) {
            ChartPoint p = phased.point(before.size() + i);
            assertThat(p.centre()).isEqualTo(second.point(i).centre());
            assertThat(p.upper()).isEqualTo(second.point(i).upper());
        }
        assertThat(phased.lastPhase().runs()).isEqualTo(second.lastPhase().runs());
    }

    @Property
    void runsCountsStayWithinWhatIsPossible(@ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0, max = 10) Double> values) {
        List<Subgroup> points = values.stream().map(v -> Subgroup.value(Math.rint(v))).toList();
        for (RunsRules rules : RunsRules.values()) {
            RunsAnalysis runs = ControlChart.of(points, ChartOptions.of(ChartType.RUN).judgedBy(rules)).lastPhase().runs();
            assertThat(runs.usefulObservations()).isLessThanOrEqualTo(runs.observations());
            assertThat(runs.longestRun()).isLessThanOrEqualTo(runs.usefulObservations());
            assertThat(runs.crossings()).isLessThanOrEqualTo(Math.max(runs.usefulObservations() - 1, 0));
            assertThat(runs.crossingsMin()).isLessThanOrEqualTo(runs.crossingsMax());
        }
    }

    @Provide
    Arbitrary<double[]> alternatingProcess() {
        // an even number of points swinging 1 to 2 units either side of 10, never twice on one side
        return Combinators.combine(Arbitraries.integers().between(4, 20), Arbitraries.longs())
                .as((half, seed) -> {
                    Random random = new Random(seed);
                    double[] values = new double[2 * half];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = 10 + (i % 2 == 0 ? 1 : -1) * (1 + random.nextDouble());
                    }
                    return values;
                });
    }

    /**
     * Consecutive points differ by at least 2, so σ ≥ 2/1.128 and the 2σ lines lie at least 3.5 from
     * the mean, while no point is more than 2.5 from it, and no two successive points share a side.
     */
    @Property
    void aStableAlternatingProcessShowsOnlyCommonCause(@ForAll("alternatingProcess") double[] values) {
        List<Subgroup> points = Arrays.stream(values).mapToObj(Subgroup::value).toList();
        ControlChart chart = ControlChart.of(points, ChartOptions.of(ChartType.I));

        MakingDataCountSummary summary = MakingDataCountSummary.of(chart, Direction.HIGHER_IS_BETTER);
        assertThat(summary.pointVariation()).containsOnly(Variation.COMMON_CAUSE);
        assertThat(chart.sigmaSignals()).isZero();
        assertThat(chart.runsSignal()).isFalse();
    }

    @Property
    void theMultiplierScalesEveryLine(@ForAll("proportions") List<Subgroup> points,
            @ForAll @DoubleRange(min = 1, max = 10000) double multiplier) {
        ControlChart plain = ControlChart.of(points, ChartOptions.of(ChartType.P));
        ControlChart scaled = ControlChart.of(points, ChartOptions.of(ChartType.P).multipliedBy(multiplier));

        for (int i = 0; i < points.size(); i++) {
            assertThat(scaled.point(i).centre()).isCloseTo(plain.point(i).centre() * multiplier, within(1e-9 * multiplier));
            assertThat(scaled.point(i).upper()).isCloseTo(plain.point(i).upper() * multiplier, within(1e-9 * multiplier));
        }
    }
}
