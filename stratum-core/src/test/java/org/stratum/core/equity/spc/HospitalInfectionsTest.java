package org.stratum.core.equity.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stratum.core.equity.spc.Tolerance.assertClose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * qicharts2's hospital-infection tests ({@code tests/testthat/test_hai.R}): u charts of infections
 * per risk day, overall, by infection, by hospital × infection, and a funnel across hospitals. Each
 * is compared with {@code summary(qic(...))}: runs analysis, mean limits and the count of points
 * outside them, per facet.
 */
class HospitalInfectionsTest {

    private final FixtureTable data = FixtureTable.read("hospital_infections.csv");

    @Test
    void overallMonthlyRateReproducesHai1() {
        Map<String, ControlChart> charts = monthlyCharts(r -> "1.0|1.0");
        assertSummary("hai_1.csv", charts);
    }

    @Test
    void monthlyRateByInfectionReproducesHai2() {
        Map<String, ControlChart> charts = monthlyCharts(r -> data.text(r, "infection") + "|1.0");
        assertSummary("hai_2.csv", charts);
    }

    @Test
    void monthlyRateByHospitalAndInfectionReproducesHai3() {
        Map<String, ControlChart> charts = monthlyCharts(r -> data.text(r, "hospital") + "|" + data.text(r, "infection"));
        assertSummary("hai_3.csv", charts);
    }

    /**
     * {@code qic(reorder(hospital, days), n, days, data = subset(..., month >= '2016-07-01'), chart = 'u',
     * facets = ~ infection, multiply = 10000)}: hospitals in order of their mean risk days, a categorical
     * axis, so runs are counted but never signal.
     */
    @Test
    void funnelAcrossHospitalsReproducesHai4() {
        Predicate<Integer> recent = r -> data.text(r, "month").compareTo("2016-07-01") >= 0;
        Map<String, double[]> days = new TreeMap<>();
        rows(recent).forEach(r -> {
            double[] sum = days.computeIfAbsent(data.text(r, "hospital"), h -> new double[2]);
            sum[0] += data.number(r, "days");
            sum[1]++;
        });
        List<String> order = new ArrayList<>(days.keySet());
        order.sort(Comparator.comparingDouble(h -> days.get(h)[0] / days.get(h)[1]));
        Map<String, ControlChart> charts = new TreeMap<>();
        group(recent, r -> data.text(r, "infection") + "|1.0").forEach((facet, rows) -> {
            Map<String, double[]> byHospital = sums(rows, r -> data.text(r, "hospital"));
            List<Subgroup> points = order.stream().map(h -> Subgroup.rate(byHospital.get(h)[0], byHospital.get(h)[1])).toList();
            charts.put(facet, ControlChart.of(points, ChartOptions.of(ChartType.U).multipliedBy(10000).acrossCategories()));
        });
        assertSummary("hai_4.csv", charts);
    }

    private Map<String, ControlChart> monthlyCharts(Function<Integer, String> facet) {
        Map<String, ControlChart> charts = new TreeMap<>();
        group(r -> true, facet).forEach((key, rows) -> {
            Map<String, double[]> byMonth = new TreeMap<>(sums(rows, r -> data.text(r, "month")));
            List<Subgroup> points = byMonth.values().stream().map(s -> Subgroup.rate(s[0], s[1])).toList();
            charts.put(key, ControlChart.of(points, ChartOptions.of(ChartType.U)));
        });
        return charts;
    }

    private void assertSummary(String file, Map<String, ControlChart> charts) {
        FixtureTable expected = FixtureTable.read(file);
        assertThat(charts).hasSize(expected.size());
        for (int row = 0; row < expected.size(); row++) {
            String facet = expected.text(row, "facet1") + "|" + expected.text(row, "facet2");
            ControlChart chart = charts.get(facet);
            assertThat(chart).as(file + " facet " + facet).isNotNull();
            RunsAnalysis runs = chart.phases().get(0).runs();
            String at = file + " " + facet;
            assertThat(runs.observations()).as(at + " n.obs").isEqualTo(expected.integer(row, "n.obs"));
            assertThat(runs.usefulObservations()).as(at + " n.useful").isEqualTo(expected.integer(row, "n.useful"));
            assertThat(runs.longestRun()).as(at + " longest.run").isEqualTo(expected.integer(row, "longest.run"));
            assertThat(runs.longestRunMax()).as(at + " longest.run.max").isEqualTo(expected.integer(row, "longest.run.max"));
            assertThat(runs.crossings()).as(at + " n.crossings").isEqualTo(expected.integer(row, "n.crossings"));
            assertThat(runs.crossingsMin()).as(at + " n.crossings.min").isEqualTo(expected.integer(row, "n.crossings.min"));
            assertThat(runs.signal()).as(at + " runs.signal").isEqualTo(expected.flag(row, "runs.signal"));
            assertClose(mean(chart, ChartPoint::lower), expected.number(row, "aLCL"), at + " aLCL");
            assertClose(mean(chart, ChartPoint::centre), expected.number(row, "CL"), at + " CL");
            assertClose(mean(chart, ChartPoint::upper), expected.number(row, "aUCL"), at + " aUCL");
            assertThat(chart.sigmaSignals()).as(at + " sigma.signal").isEqualTo(expected.integer(row, "sigma.signal"));
        }
    }

    private static double mean(ControlChart chart, ToDoubleFunction<ChartPoint> line) {
        return chart.points().stream().mapToDouble(line).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    private List<Integer> rows(Predicate<Integer> keep) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < data.size(); r++) {
            if (keep.test(r)) {
                rows.add(r);
            }
        }
        return rows;
    }

    private Map<String, List<Integer>> group(Predicate<Integer> keep, Function<Integer, String> key) {
        Map<String, List<Integer>> groups = new TreeMap<>();
        rows(keep).forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return groups;
    }

    /** Σ infections and Σ risk days per key, adding rows in file order as R's split-then-sum does. */
    private Map<String, double[]> sums(List<Integer> rows, Function<Integer, String> key) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (int r : rows) {
            double[] s = sums.computeIfAbsent(key.apply(r), k -> new double[2]);
            s[0] += data.number(r, "n");
            s[1] += data.number(r, "days");
        }
        return sums;
    }
}
