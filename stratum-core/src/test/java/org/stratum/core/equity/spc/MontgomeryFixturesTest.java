package org.stratum.core.equity.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stratum.core.equity.spc.Tolerance.assertClose;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Montgomery example in qicharts2's test suite ({@code tests/testthat/test_montgomery.R}),
 * point by point: value, centre, limits, phase, baseline, exclusion, sigma signal, and the runs
 * analysis of each phase. The {@code qic()} arguments are translated to 0-based points: R's
 * {@code exclude = c(15, 23)} is {@code excluding(14, 22)}; {@code part = 30} and {@code freeze = 20}
 * keep their numbers.
 */
class MontgomeryFixturesTest {

    record FixtureCase(String file, ChartOptions options, BiFunction<FixtureTable, Integer, Subgroup> subgroup) {
        @Override
        public String toString() {
            return file + " (" + options.type() + ")";
        }
    }

    static Stream<FixtureCase> montgomeryExamples() {
        return Stream.of(
                new FixtureCase("ex_6.3_1.csv", ChartOptions.of(ChartType.XBAR), MontgomeryFixturesTest::summary),
                new FixtureCase("ex_6.3_2.csv", ChartOptions.of(ChartType.S), MontgomeryFixturesTest::summary),
                new FixtureCase("ex_6.4_1.csv", ChartOptions.of(ChartType.XBAR), MontgomeryFixturesTest::summary),
                new FixtureCase("ex_6.4_2.csv", ChartOptions.of(ChartType.S), MontgomeryFixturesTest::summary),
                new FixtureCase("ex_6.5_3.csv", ChartOptions.of(ChartType.I).frozenAfter(20), MontgomeryFixturesTest::value),
                new FixtureCase("ex_6.5_4.csv", ChartOptions.of(ChartType.MR).frozenAfter(20), MontgomeryFixturesTest::value),
                new FixtureCase("ex_7.1_5.csv", ChartOptions.of(ChartType.P).excluding(14, 22).withPhasesStartingAt(30),
                        MontgomeryFixturesTest::proportion),
                new FixtureCase("tbl_7.4_1.csv", ChartOptions.of(ChartType.P), MontgomeryFixturesTest::proportion),
                new FixtureCase("ex_7.3_3.csv", ChartOptions.of(ChartType.C).excluding(5, 19).frozenAfter(26),
                        MontgomeryFixturesTest::value),
                new FixtureCase("ex_7.4_1.csv", ChartOptions.of(ChartType.U), MontgomeryFixturesTest::rate),
                new FixtureCase("ex_7.5_1.csv", ChartOptions.of(ChartType.U).multipliedBy(50), MontgomeryFixturesTest::rate),
                new FixtureCase("ex_7.6_1.csv", ChartOptions.of(ChartType.T), MontgomeryFixturesTest::value),
                new FixtureCase("NA_test.csv", ChartOptions.of(ChartType.XBAR), MontgomeryFixturesTest::summary));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("montgomeryExamples")
    void pointsReproduceQicharts2(FixtureCase example) {
        FixtureTable expected = FixtureTable.read(example.file());
        ControlChart chart = chart(example, expected);

        assertThat(chart.points()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            ChartPoint point = chart.point(i);
            String at = example.file() + " point " + (i + 1);
            assertClose(point.value(), expected.number(i, "y"), at + " y");
            assertClose(point.centre(), expected.number(i, "cl"), at + " cl");
            assertClose(point.upper(), expected.number(i, "ucl"), at + " ucl");
            assertClose(point.lower(), expected.number(i, "lcl"), at + " lcl");
            assertThat(point.phase() + 1).as(at + " part").isEqualTo(expected.integer(i, "part"));
            assertThat(point.baseline() || point.excluded()).as(at + " baseline").isEqualTo(expected.flag(i, "baseline"));
            assertThat(point.excluded()).as(at + " include").isEqualTo(!expected.flag(i, "include"));
            assertThat(point.sigmaSignal()).as(at + " sigma.signal").isEqualTo(expected.flag(i, "sigma.signal"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("montgomeryExamples")
    void runsAnalysisReproducesQicharts2(FixtureCase example) {
        FixtureTable expected = FixtureTable.read(example.file());
        ControlChart chart = chart(example, expected);

        for (ChartPhase phase : chart.phases()) {
            int row = phase.first();
            RunsAnalysis runs = phase.runs();
            String at = example.file() + " part " + (phase.number() + 1);
            assertThat(runs.observations()).as(at + " n.obs").isEqualTo(expected.integer(row, "n.obs"));
            assertThat(runs.usefulObservations()).as(at + " n.useful").isEqualTo(expected.integer(row, "n.useful"));
            assertThat(runs.longestRun()).as(at + " longest.run").isEqualTo(expected.integer(row, "longest.run"));
            assertThat(runs.longestRunMax()).as(at + " longest.run.max").isEqualTo(expected.integer(row, "longest.run.max"));
            assertThat(runs.crossings()).as(at + " n.crossings").isEqualTo(expected.integer(row, "n.crossings"));
            assertThat(runs.crossingsMin()).as(at + " n.crossings.min").isEqualTo(expected.integer(row, "n.crossings.min"));
            assertThat(runs.signal()).as(at + " runs.signal").isEqualTo(expected.flag(row, "runs.signal"));
        }
    }

    private static ControlChart chart(FixtureCase example, FixtureTable table) {
        List<Subgroup> subgroups = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            subgroups.add(example.subgroup().apply(table, i));
        }
        return ControlChart.of(subgroups, example.options());
    }

    private static Subgroup summary(FixtureTable t, int row) {
        return Subgroup.summary(t.integer(row, "y.length"), t.number(row, "y.mean"), t.number(row, "y.sd"));
    }

    private static Subgroup value(FixtureTable t, int row) {
        return Subgroup.value(t.number(row, "y.sum"));
    }

    private static Subgroup proportion(FixtureTable t, int row) {
        return Subgroup.proportion(t.number(row, "y.sum"), t.number(row, "n"));
    }

    private static Subgroup rate(FixtureTable t, int row) {
        return Subgroup.rate(t.number(row, "y.sum"), t.number(row, "n"));
    }
}
