package org.stratum.app.web.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.stratum.app.equity.Figures;
import org.stratum.core.equity.Direction;
import org.stratum.core.equity.compare.Difference;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.equity.compare.NewcombeDifference;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.rate.Proportion;
import org.stratum.core.equity.spc.Assurance;
import org.stratum.core.equity.spc.ChartOptions;
import org.stratum.core.equity.spc.ChartType;
import org.stratum.core.equity.spc.ControlChart;
import org.stratum.core.equity.spc.MakingDataCountSummary;
import org.stratum.core.equity.spc.Subgroup;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.StratifyingDimension;
import org.stratum.engine.equity.WarehouseMeasureStrata;
import org.stratum.engine.measure.CustomMeasures;
import org.stratum.engine.warehouse.DataDirectory;

/**
 * The Monitor over the measured synthetic warehouse (three rolling twelve-month points, October to
 * December 2025): its charts checked against plain SQL and the core's control charts, its handling of
 * small numbers over time, and the change annotations of {@link MonitorAnnotations}.
 */
class MonitorControllerTests extends MeasuredPages {
    private static final List<MeasurementPeriod> POINTS = MeasurementPeriod.rollingTwelveMonths(YearMonth.of(2025, 12), 3)
            .stream().sorted((a, b) -> a.end().compareTo(b.end())).toList();
    private static final String BY_PAYER = """
            SELECT coalesce(payer_type, 'unknown'), count(*), count(*) FILTER (WHERE numerator)
            FROM measure_result WHERE measure_id = ? AND period_start = ? AND period_end = ?
              AND denominator AND NOT denominator_exclusion AND NOT denominator_exception GROUP BY ALL""";
    private final Figures figures = new Figures();
    @Autowired
    private MessageSource messages;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "analyst", "viewer"})
    void everyRoleSeesAControlChartAndTheTableBehindItForEachShownStratum(String role) {
        var result = get(role, "/measures/CMS165/monitor");
        assertThat(result).hasStatus(HttpStatus.OK);
        Document page = Jsoup.parse(page(role, "/measures/CMS165/monitor"));

        assertThat(page.selectFirst("h1").text()).isEqualTo("Monitor: CMS165 Controlling High Blood Pressure");
        List<Element> strata = page.select("article.stratum-monitor");
        assertThat(strata).hasSizeGreaterThan(1);
        assertThat(page.select("#monitor-summary tbody tr")).hasSameSizeAs(strata);
        for (Element stratum : strata) {
            assertThat(stratum.select("figure.spc-chart svg g.point")).hasSize(3);
            assertThat(stratum.select("table.monitor-table tbody tr")).hasSize(3);
            assertThat(stratum.select("figure.spc-chart svg").attr("aria-labelledby"))
                    .isEqualTo(stratum.selectFirst("figure.spc-chart figcaption").id());
        }
    }

    @Test
    void theMeasurePageLinksToItsMonitorForTheSameDimension() {
        Document page = Jsoup.parse(page("viewer", "/measures/CMS165?by=payer"));

        assertThat(page.selectFirst("#monitor-link").attr("href"))
                .isEqualTo("/measures/controlling-high-blood-pressure/monitor?group="
                        + page.selectFirst("input[name=group]").val() + "&by=payer");
    }

    @Test
    void chartsAreTheCoresLaneyChartsAndNewcombeGapsOfTheRoundedCountsPlainSqlGives() {
        String measure = "colorectal-cancer-screening";
        Map<String, List<long[]>> exact = seriesBySql(measure);
        Document page = Jsoup.parse(page("viewer", "/measures/" + measure + "/monitor?by=payer"));

        Map<String, List<long[]>> rounded = new LinkedHashMap<>();
        exact.forEach((stratum, series) -> {
            if (series.stream().noneMatch(MonitorControllerTests::holdsASmallCount)) {
                rounded.put(stratum, series.stream().map(c -> new long[] {round(c[0]), round(c[1])}).toList());
            }
        });
        assertThat(articles(page).keySet()).containsExactlyInAnyOrderElementsOf(rounded.keySet());
        assertThat(rounded).hasSizeGreaterThanOrEqualTo(2);
        String reference = rounded.entrySet().stream().max((a, b) -> Long.compare(a.getValue().get(2)[0],
                b.getValue().get(2)[0])).orElseThrow().getKey();
        assertThat(page.text()).contains("Gaps are measured from " + reference + ", the largest stratum shown");

        rounded.forEach((stratum, series) -> {
            ControlChart chart = ControlChart.of(series.stream().map(c -> Subgroup.proportion(c[1], c[0])).toList(),
                    ChartOptions.of(ChartType.P_PRIME));
            List<List<String>> rows = rows(articles(page).get(stratum));
            for (int i = 0; i < 3; i++) {
                long[] counts = series.get(i);
                List<String> row = rows.get(i);
                assertThat(row.get(0)).isEqualTo(POINTS.get(i).end().toString());
                assertThat(row.subList(1, 6)).as(stratum + " at " + row.get(0)).containsExactly(figures.count(counts[0]),
                        figures.count(counts[1]), figures.percent((double) counts[1] / counts[0]),
                        figures.percent(chart.point(i).centre()),
                        figures.interval(Math.max(0, chart.point(i).lower()), Math.min(1, chart.point(i).upper())));
                if (!stratum.equals(reference)) {
                    long[] of = rounded.get(reference).get(i);
                    Difference gap = NewcombeDifference.between(new Proportion(counts[1], counts[0]),
                            new Proportion(of[1], of[0]), ConfidenceLevel.NINETY_FIVE);
                    assertThat(row.subList(8, 10)).containsExactly(figures.points(gap.estimate()),
                            figures.pointsInterval(gap.interval().lower(), gap.interval().upper()));
                }
            }
        });
    }

    @ParameterizedTest
    // The optional dimensions are off here; OptionalDimensionsOnTests has them on.
    @EnumSource(value = StratifyingDimension.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"SEXUAL_ORIENTATION", "GENDER_IDENTITY", "DISABILITY"})
    void noCountOfOneToTenNorAMonthlyChangeOfOneCanBeWorkedOutFromTheMonitor(StratifyingDimension dimension) {
        String measure = "controlling-high-blood-pressure";
        Map<String, List<long[]>> exact = seriesByEngine(measure, dimension);
        Document page = Jsoup.parse(page("viewer", "/measures/" + measure + "/monitor?by=" + dimension.parameter()));
        Map<String, Element> shown = articles(page);

        exact.forEach((stratum, series) -> {
            boolean small = series.stream().anyMatch(MonitorControllerTests::holdsASmallCount);
            assertThat(shown.containsKey(stratum)).as(stratum).isEqualTo(!small);
            if (small) {
                assertThat(page.selectFirst("#monitor-hidden").text()).contains(stratum);
            }
        });
        shown.forEach((stratum, article) -> {
            List<List<String>> rows = rows(article);
            for (int i = 0; i < rows.size(); i++) {
                long eligible = parse(rows.get(i).get(1));
                long met = parse(rows.get(i).get(2));
                // What is shown is the rounded counts and what follows from them: nothing finer.
                assertThat(eligible).isEqualTo(round(exact.get(stratum).get(i)[0]));
                assertThat(met).isEqualTo(round(exact.get(stratum).get(i)[1]));
                assertThat(rows.get(i).get(3)).isEqualTo(eligible == 0 ? "—" : figures.percent((double) met / eligible));
                if (i > 0) {
                    assertThat(possibleChanges(parse(rows.get(i - 1).get(1)), eligible)).hasSizeGreaterThan(1);
                    assertThat(possibleChanges(parse(rows.get(i - 1).get(2)), met)).hasSizeGreaterThan(1);
                }
            }
        });
    }

    @Test
    void changeAnnotationsAreDrawnWhereTheyBelongAndAPhaseChangeStartsANewBaseline() {
        Document page = Jsoup.parse(page("viewer", "/measures/CMS165/monitor?by=language"));
        Map<String, Element> strata = articles(page);
        Element spanish = strata.get("Spanish (es)");
        Element english = strata.get("English (en)");
        assertThat(spanish).isNotNull();
        assertThat(english).isNotNull();

        // Other tests may have planned PDSA cycles for Spanish speakers in the shared store too.
        assertThat(spanish.select("svg text.annotation-label").eachText())
                .containsSubsequence("Spanish-language reminders", "Outreach calls begin");
        assertThat(english.select("svg text.annotation-label").eachText()).containsExactly("Outreach calls begin");
        assertThat(english.select("svg a[href=/workflow/cycles/7] text").text()).isEqualTo("Outreach calls begin");
        assertThat(english.select("svg line.annotation-line--phase")).hasSize(1);
        assertThat(english.select(".annotations li").text()).contains("2025-11-15", "(starts a new phase)");

        // The change on 15 November starts the phase at the first twelve months that include it: ending 30 November.
        List<List<String>> rows = rows(english);
        assertThat(rows.stream().map(r -> r.get(6))).containsExactly("1", "2", "2");
        List<Subgroup> series = rows.stream().map(r -> Subgroup.proportion(parse(r.get(2)), parse(r.get(1)))).toList();
        ControlChart phased = ControlChart.of(series, ChartOptions.of(ChartType.P_PRIME).withPhasesStartingAt(1));
        for (int i = 0; i < 3; i++) {
            assertThat(rows.get(i).get(4)).isEqualTo(figures.percent(phased.point(i).centre()));
        }
        assertThat(english.select("svg polyline.centre")).hasSize(2);
    }

    @Test
    void aStratumWithAnAimIsJudgedAgainstItsLatestAimAndTheOthersAreNotAssessed() {
        Document page = Jsoup.parse(page("viewer", "/measures/CMS165/monitor?by=language"));
        Element spanish = articles(page).get("Spanish (es)");
        Map<String, Element> summary = new LinkedHashMap<>();
        page.select("#monitor-summary tbody tr").forEach(row -> summary.put(row.selectFirst("th").text(), row));

        assertThat(summary.get("Spanish (es)").selectFirst("td.target a").text()).isEqualTo("Aim: 90% by 2026-06-30");
        assertThat(summary.get("Spanish (es)").selectFirst("td.target a").attr("href")).isEqualTo("/efforts/2");
        // The chart as the page computed it, from its own table (counts and phases): is 90% beyond the
        // latest point's limits?
        List<List<String>> rows = rows(spanish);
        int[] phaseStarts = java.util.stream.IntStream.range(1, rows.size())
                .filter(i -> !rows.get(i).get(6).equals(rows.get(i - 1).get(6))).toArray();
        ControlChart chart = ControlChart.of(rows.stream().map(r -> Subgroup.proportion(parse(r.get(2)), parse(r.get(1))))
                .toList(), ChartOptions.of(ChartType.P_PRIME).withPhasesStartingAt(phaseStarts));
        Assurance expected = MakingDataCountSummary.of(chart, Direction.HIGHER_IS_BETTER, 0.9).assurance();
        assertThat(expected).isNotEqualTo(Assurance.NOT_ASSESSED);
        assertThat(summary.get("Spanish (es)").select("td").get(3).text())
                .isEqualTo(messages.getMessage("monitor.assurance." + expected.name(), null, Locale.ENGLISH));
        assertThat(spanish.select("svg line.target-line")).hasSize(1);
        assertThat(spanish.select("svg text.target-label").text()).isEqualTo("Target 90.0%");

        Element english = summary.get("English (en)");
        assertThat(english.selectFirst("td.target").text()).isEqualTo("None set");
        assertThat(english.select("td").get(3).text()).startsWith("Not assessed");
        assertThat(articles(page).get("English (en)").select("svg line.target-line")).isEmpty();
    }

    @Test
    void aMeasureWithoutAnnotationsHasNoChangeMarks() {
        Document page = Jsoup.parse(page("viewer", "/measures/CMS130/monitor"));

        assertThat(page.select("article.stratum-monitor")).isNotEmpty();
        assertThat(page.select("line.annotation-line, .annotations")).isEmpty();
        assertThat(page.select("svg polyline.centre")).hasSameSizeAs(page.select("article.stratum-monitor"));
    }

    @Test
    void aWrongParameterIsAPageNamingIt() {
        assertThat(get("viewer", "/measures/CMS165/monitor?by=shoe-size")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(problem("/measures/CMS165/monitor?by=shoe-size"))
                .startsWith("The by cannot be shown: 'shoe-size' is not a dimension; use race-2024, race-1997,");
        assertThat(get("viewer", "/measures/CMS165/monitor?group=nine")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(problem("/measures/CMS165/monitor?group=nine"))
                .isEqualTo("The group cannot be shown: CMS165 Controlling High Blood Pressure has no group 'nine'.");
        assertThat(get("viewer", "/measures/CMS999/monitor")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(problem("/measures/CMS999/monitor"))
                .isEqualTo("Measure not found: There is no measure 'CMS999' in the library.");
    }

    private String problem(String uri) {
        Document page = Jsoup.parse(page("viewer", uri));
        return page.selectFirst("h1").text() + ": " + page.selectFirst("#problem").text();
    }

    private static boolean holdsASmallCount(long[] counts) {
        return small(counts[0]) || small(counts[1]) || small(counts[0] - counts[1]);
    }

    private static boolean small(long count) {
        return count >= 1 && count <= 10;
    }

    private static long round(long count) {
        return Math.round(count / 10.0) * 10;
    }

    /** Every exact month-to-month change consistent with two shown rounded counts. */
    private static Set<Long> possibleChanges(long before, long after) {
        Set<Long> changes = new HashSet<>();
        for (long x = Math.max(0, before - 5); x < before + 5; x++) {
            for (long y = Math.max(0, after - 5); y < after + 5; y++) {
                if (round(x) == before && round(y) == after && !small(x) && !small(y)) {
                    changes.add(y - x);
                }
            }
        }
        return changes;
    }

    private static long parse(String count) {
        return Long.parseLong(count.replace(",", ""));
    }

    private static Map<String, Element> articles(Document page) {
        Map<String, Element> byStratum = new LinkedHashMap<>();
        page.select("article.stratum-monitor").forEach(a -> byStratum.put(a.selectFirst("h3").text(), a));
        return byStratum;
    }

    private static List<List<String>> rows(Element article) {
        return article.select("table.monitor-table tbody tr").stream()
                .map(tr -> tr.select("th, td").eachText()).toList();
    }

    /** Eligible and meeting, per payer label, at each point, by plain SQL. */
    private Map<String, List<long[]>> seriesBySql(String measure) {
        Map<String, List<long[]>> series = new TreeMap<>();
        for (int i = 0; i < POINTS.size(); i++) {
            try (Connection connection = warehouse.connect(); PreparedStatement query = connection.prepareStatement(BY_PAYER)) {
                query.setString(1, measure);
                query.setDate(2, Date.valueOf(POINTS.get(i).start()));
                query.setDate(3, Date.valueOf(POINTS.get(i).end()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String label = rows.getString(1).equals("unknown") ? "Payer unknown" : rows.getString(1);
                        List<long[]> points = series.computeIfAbsent(label, k -> zeros());
                        points.set(i, new long[] {rows.getLong(2), rows.getLong(3)});
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return series;
    }

    /** Eligible and meeting, per stratum, at each point, as the engine stratifies them before any suppression. */
    private Map<String, List<long[]>> seriesByEngine(String measure, StratifyingDimension dimension) {
        MeasureDefinition definition = CustomMeasures.load(DataDirectory.at(DATA_DIR), warehouse).find(measure)
                .orElseThrow();
        Map<String, List<long[]>> series = new TreeMap<>();
        for (int i = 0; i < POINTS.size(); i++) {
            for (GroupCount count : new WarehouseMeasureStrata(warehouse).count(definition, POINTS.get(i), dimension)
                    .get(definition.groups().get(0).id())) {
                series.computeIfAbsent(count.group(), k -> zeros()).set(i, new long[] {count.denominator(), count.numerator()});
            }
        }
        return series;
    }

    private static List<long[]> zeros() {
        List<long[]> points = new ArrayList<>();
        POINTS.forEach(p -> points.add(new long[] {0, 0}));
        return points;
    }
}
