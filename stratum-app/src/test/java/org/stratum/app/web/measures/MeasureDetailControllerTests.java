package org.stratum.app.web.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stratum.engine.equity.StratifyingDimension;

/** The measure page and its CSV over a measured synthetic warehouse, checked against plain SQL. */
class MeasureDetailControllerTests extends MeasuredPages {
    private static final String BY_PAYER = """
            SELECT coalesce(payer_type, 'unknown'), count(*), count(*) FILTER (WHERE numerator)
            FROM measure_result WHERE measure_id = ? AND period_start = ? AND period_end = ?
              AND denominator AND NOT denominator_exclusion AND NOT denominator_exception GROUP BY ALL""";
    private static final String BY_SITE = """
            SELECT coalesce(s.name, 'No site attributed'), count(*), count(*) FILTER (WHERE r.numerator)
            FROM measure_result r LEFT JOIN (SELECT site_id, any_value(name) AS name FROM care_site GROUP BY site_id) s
              USING (site_id)
            WHERE r.measure_id = ? AND r.period_start = ? AND r.period_end = ?
              AND r.denominator AND NOT r.denominator_exclusion AND NOT r.denominator_exception GROUP BY ALL""";
    private static final String TOTAL = """
            SELECT 'Total', count(*), count(*) FILTER (WHERE numerator)
            FROM measure_result WHERE measure_id = ? AND period_start = ? AND period_end = ?
              AND denominator AND NOT denominator_exclusion AND NOT denominator_exception""";

    @Test
    void strataByPayerAreTheCountsPlainSqlGives() {
        assertShownRowsMatch("colorectal-cancer-screening", "payer", BY_PAYER, Map.of("unknown", "Payer unknown"));
    }

    @Test
    void strataBySiteAreNamedAndCountedAsPlainSqlGives() {
        assertShownRowsMatch("controlling-high-blood-pressure", "site", BY_SITE, Map.of());
    }

    @ParameterizedTest
    // The optional dimensions are off here; OptionalDimensionsOnTests has them on.
    @EnumSource(value = StratifyingDimension.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"SEXUAL_ORIENTATION", "GENDER_IDENTITY", "DISABILITY"})
    void everyDimensionAddsUpToTheMeasuresEligiblePatients(StratifyingDimension dimension) {
        List<Map<String, String>> rows = csv("controlling-high-blood-pressure", "by=" + dimension.parameter());
        List<String> total = sql(TOTAL, "controlling-high-blood-pressure").get(0);

        Map<String, String> last = rows.get(rows.size() - 1);
        assertThat(last.get("stratum")).isEqualTo("Total");
        assertThat(last.get("denominator")).isEqualTo(total.get(1));
        assertThat(last.get("numerator")).isEqualTo(total.get(2));
        assertThat(rows).hasSizeGreaterThan(2);
    }

    @Test
    void theBestGroupIsTheOneReferenceAndItHasTheBestShownStableRate() {
        List<Map<String, String>> rows = csv("colorectal-cancer-screening", "by=payer&reference=best");

        List<Map<String, String>> references = rows.stream().filter(r -> r.get("comparison").equals("reference")).toList();
        assertThat(references).hasSize(1);
        double best = rows.stream().filter(r -> !r.get("rate").isEmpty() && r.get("unstable").equals("false"))
                .filter(r -> !r.get("stratum").equals("Total")).mapToDouble(r -> Double.parseDouble(r.get("rate")))
                .max().orElseThrow();
        assertThat(Double.parseDouble(references.get(0).get("rate"))).isEqualTo(best);
        assertThat(references.get(0).get("reference")).isEqualTo(references.get(0).get("stratum"));
    }

    @Test
    void theLargestGroupIsTheReferenceWhenChosen() {
        List<Map<String, String>> rows = csv("colorectal-cancer-screening", "by=race-1997&reference=largest");

        Map<String, String> reference = rows.stream().filter(r -> r.get("comparison").equals("reference"))
                .findFirst().orElseThrow();
        long largest = rows.stream().filter(r -> !r.get("stratum").equals("Total") && !r.get("denominator").isEmpty())
                .mapToLong(r -> Long.parseLong(r.get("denominator"))).max().orElseThrow();
        assertThat(Long.parseLong(reference.get("denominator"))).isEqualTo(largest);
    }

    @Test
    void againstTheOverallRateNoStratumIsTheReferenceAndDifferencesAreFromTheTotal() {
        List<Map<String, String>> rows = csv("colorectal-cancer-screening", "by=payer&reference=overall");

        double overall = Double.parseDouble(rows.get(rows.size() - 1).get("rate"));
        assertThat(rows).noneMatch(r -> r.get("comparison").equals("reference"));
        for (Map<String, String> row : rows.subList(0, rows.size() - 1)) {
            assertThat(Double.parseDouble(row.get("difference")))
                    .isCloseTo(Double.parseDouble(row.get("rate")) - overall, within(1e-5));
        }
        assertThat(rows).anyMatch(r -> r.get("meaningful").equals("true")); // the planted payer gradient
    }

    @Test
    void thePageShowsTheChartAndTheTableBehindItWithTheSwitches() {
        String page = page("viewer", "/measures/colorectal-cancer-screening?period=2025&by=payer");

        assertThat(page).contains("<h1>CMS130 Colorectal Cancer Screening</h1>")
                .contains("<option value=\"payer\" selected=\"selected\">payer</option>")
                .contains("<option value=\"race-1997\">race and ethnicity (1997)</option>")
                .contains("<option value=\"rest\" selected=\"selected\">Everyone else</option>")
                .contains("<table class=\"strata-table\" id=\"strata-table\">")
                .contains("<th scope=\"row\">medi-cal</th>")
                .contains("class=\"reference-line\"")
                .contains("href=\"/measures/colorectal-cancer-screening/table.csv?period=2025-01-01/2025-12-31&amp;group=1&amp;by=payer&amp;reference=rest\"");
        assertThat(page.split("<circle ", -1)).hasSize(5); // four payers, each a dot
    }

    @Test
    void theCsvIsAnAttachmentNamedForTheView() {
        assertThat(get("viewer", "/measures/colorectal-cancer-screening/table.csv?by=sex&reference=largest"))
                .hasStatusOk().hasContentType("text/csv;charset=UTF-8")
                .hasHeader("Content-Disposition",
                        "attachment; filename=\"colorectal-cancer-screening_1_sex_largest_2025-01-01_2025-12-31.csv\"");
    }

    @Test
    void anUnknownMeasureIsNotFoundAndNamed() {
        assertThat(get("viewer", "/measures/no-such-measure")).hasStatus(404);
        assertThat(page("viewer", "/measures/no-such-measure")).contains("There is no measure &#39;no-such-measure&#39;");
    }

    @Test
    void anUnknownDimensionReferenceOrGroupIsABadRequestNamingTheParameter() {
        assertThat(get("viewer", "/measures/CMS130?by=shoe-size")).hasStatus(400);
        assertThat(page("viewer", "/measures/CMS130?by=shoe-size")).contains("The by cannot be shown")
                .contains("&#39;shoe-size&#39; is not a dimension");
        assertThat(page("viewer", "/measures/CMS130?reference=tallest")).contains("The reference cannot be shown");
        assertThat(page("viewer", "/measures/CMS130?group=9")).contains("The group cannot be shown");
        assertThat(get("viewer", "/measures/CMS130/table.csv?by=shoe-size")).hasStatus(400);
    }

    private void assertShownRowsMatch(String measure, String by, String query, Map<String, String> labels) {
        Map<String, List<String>> expected = new HashMap<>();
        sql(query, measure).forEach(row -> expected.put(labels.getOrDefault(row.get(0), row.get(0)), row));
        List<Map<String, String>> rows = csv(measure, "by=" + by);

        assertThat(rows.stream().map(r -> r.get("stratum")).filter(s -> !s.equals("Total")))
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        int shown = 0;
        for (Map<String, String> row : rows) {
            List<String> counts = expected.get(row.get("stratum"));
            if (counts != null && row.get("suppressed").equals("false")) {
                assertThat(row.get("denominator")).as(row.get("stratum")).isEqualTo(counts.get(1));
                assertThat(row.get("numerator")).as(row.get("stratum")).isEqualTo(counts.get(2));
                assertThat(row.get("rate")).isEqualTo(String.format(Locale.ROOT, "%.6f",
                        Double.parseDouble(counts.get(2)) / Double.parseDouble(counts.get(1))));
                shown++;
            }
        }
        assertThat(shown).isGreaterThanOrEqualTo(3);
    }

    private List<Map<String, String>> csv(String measure, String query) {
        return StratumCsvRows.read(page("viewer", "/measures/" + measure + "/table.csv?period=2025&" + query));
    }
}
