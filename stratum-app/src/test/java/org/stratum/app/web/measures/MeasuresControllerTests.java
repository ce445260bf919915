package org.stratum.app.web.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratum.core.equity.suppression.SuppressionPolicy;

/** The measures overview over a measured synthetic warehouse, checked against plain SQL. */
class MeasuresControllerTests extends MeasuredPages {
    private static final Pattern ROW = Pattern.compile(
            "<tr data-measure=\"([^\"]+)\"(?: data-group=\"([^\"]+)\")?>(.*?)</tr>", Pattern.DOTALL);
    private static final String TOTALS = """
            SELECT group_id, count(*), count(*) FILTER (WHERE numerator)
            FROM measure_result WHERE measure_id = ? AND period_start = ? AND period_end = ?
              AND denominator AND NOT denominator_exclusion AND NOT denominator_exception
            GROUP BY group_id""";

    record Row(String measure, String group, String html) {
        String cell(String cssClass) {
            Matcher cell = Pattern.compile("<td class=\"[^\"]*\\b" + cssClass + "\\b[^\"]*\">\\s*(.*?)\\s*</td>",
                    Pattern.DOTALL).matcher(html);
            return cell.find() ? cell.group(1) : null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "analyst", "viewer"})
    void everyRoleSeesEveryComputedMeasureWithTheRateThatPlainSqlGives(String username) {
        List<Row> rows = rows(page(username, "/measures"));

        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        int checked = 0;
        for (Row row : rows) {
            List<List<String>> totals = sql(TOTALS, row.measure()).stream()
                    .filter(t -> row.group() == null || t.get(0).equals(row.group())).toList();
            long eligible = totals.isEmpty() ? 0 : Long.parseLong(totals.get(0).get(1));
            long met = totals.isEmpty() ? 0 : Long.parseLong(totals.get(0).get(2));
            SuppressionPolicy policy = SuppressionPolicy.CMS;
            if (eligible > 0 && !policy.isSmall(eligible) && !policy.isSmall(met) && !policy.isSmall(eligible - met)) {
                assertThat(row.cell("eligible")).as(row.measure()).isEqualTo(String.format(Locale.ROOT, "%,d", eligible));
                assertThat(row.cell("rate")).as(row.measure())
                        .isEqualTo(String.format(Locale.ROOT, "%.1f%%", 100.0 * met / eligible));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(8);
    }

    @Test
    void theOverviewDrawsRollingTwelveMonthTrends() {
        String page = page("viewer", "/measures");

        assertThat(page).contains("<svg class=\"sparkline\"")
                .contains("3 rolling twelve-month points from 2025-10-31");
    }

    @Test
    void everyGapTheOverviewNamesIsMeaningfullyWorseOnTheMeasurePage() {
        List<Row> rows = rows(page("viewer", "/measures"));

        // Ground truth: breast cancer screening is 72% for everyone, so nothing may be flagged there.
        assertThat(rows.stream().filter(r -> r.measure().equals("breast-cancer-screening")).findFirst().orElseThrow()
                .cell("gap")).contains("none credible");
        for (Row row : rows.stream().filter(r -> r.cell("gap").contains("patients to equity")).toList()) {
            String group = row.cell("gap").replaceAll("(?s).*?<strong>(.*?)</strong>.*", "$1");
            String query = "?period=2025" + (row.group() == null ? "" : "&group=" + row.group()) + "&reference=rest";
            String detail = page("viewer", "/measures/" + row.measure() + query + "&by=race-2024")
                    + page("viewer", "/measures/" + row.measure() + query + "&by=race-1997");
            assertThat(detail).containsPattern("<th scope=\"row\">" + Pattern.quote(group)
                    + "</th>(?s:.*?)<td class=\"meaningful\">meaningfully worse</td>");
        }
    }

    @Test
    void thePeriodSelectorListsOnlyPeriodsThatDoNotOverlap() {
        String page = page("viewer", "/measures?period=2025-01-01/2025-12-31");

        assertThat(page).contains("<option value=\"2025-01-01/2025-12-31\" selected=\"selected\">2025-01-01 to 2025-12-31</option>")
                .doesNotContain("<option value=\"2024-11-01/2025-10-31\">")
                .doesNotContain("<option value=\"2024-12-01/2025-11-30\">")
                .contains("<a href=\"/measures\" aria-current=\"page\">Measures</a>");
    }

    @Test
    void aPeriodOverlappingAShownOneIsRefusedPointingToTheMonitor() {
        assertThat(get("viewer", "/measures?period=2024-11-01/2025-10-31")).hasStatus(400);
        assertThat(page("viewer", "/measures?period=2024-11-01/2025-10-31"))
                .contains("2024-11-01/2025-10-31 overlaps 2025-01-01/2025-12-31, which is shown here")
                .contains("Monitor");
        assertThat(get("analyst", "/measures/CMS165?period=2024-12-01/2025-11-30")).hasStatus(400);
    }

    @Test
    void aMalformedPeriodIsABadRequestNamingIt() {
        assertThat(get("viewer", "/measures?period=2025-13")).hasStatus(400);
        assertThat(page("viewer", "/measures?period=2025-13")).contains("The period cannot be shown")
                .contains("&#39;2025-13&#39; is not a period");
    }

    @Test
    void aPeriodNeverComputedIsABadRequestSayingHowToComputeIt() {
        assertThat(get("viewer", "/measures?period=2019")).hasStatus(400);
        assertThat(page("viewer", "/measures?period=2019"))
                .contains("No measure has been computed for 2019-01-01/2019-12-31");
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        assertThat(mvc.get().uri("/measures")).hasStatus3xxRedirection();
    }

    private static List<Row> rows(String page) {
        List<Row> rows = new ArrayList<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            rows.add(new Row(row.group(1), row.group(2), row.group(3)));
        }
        return rows;
    }
}
