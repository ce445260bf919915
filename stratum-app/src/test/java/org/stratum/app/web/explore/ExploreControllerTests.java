package org.stratum.app.web.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stratum.app.web.measures.MeasuredPages;

/** The Explore page over a measured synthetic warehouse: heat map, filters, drill-down and refusals, by role. */
class ExploreControllerTests extends MeasuredPages {
    private static final String VIEW = "/explore?measure=CMS165&period=2025-01-01/2025-12-31";
    private static final Pattern CELL_COUNT = Pattern.compile("<td class=\"number\">([\\d,]+)</td>");
    private static final String BUSIEST_SITE = """
            SELECT site_id, count(*) FROM measure_result WHERE measure_id = ? AND period_start = ? AND period_end = ?
              AND site_id IS NOT NULL AND denominator GROUP BY ALL ORDER BY 2 DESC LIMIT 1""";
    private static final String WOMEN_AT_SITE = """
            SELECT count(*) FROM measure_result r JOIN patient p USING (patient_id)
            WHERE r.measure_id = ? AND r.period_start = ? AND r.period_end = ? AND r.site_id = '%s' AND p.sex = 'female'
              AND r.denominator AND NOT r.denominator_exclusion AND NOT r.denominator_exception""";

    @Test
    void twoDimensionsMakeAHeatMapWithItsTableAndNoCountOfOneToTen() {
        MvcTestResult result = get("viewer", VIEW + "&by=race-2024&across=clinician");
        String page = page("viewer", VIEW + "&by=race-2024&across=clinician");

        assertThat(result).hasStatusOk();
        assertThat(page).contains("id=\"heat-map\"").contains("Heat map: rate by race and ethnicity (OMB 2024) and clinician")
                .contains("heat-cell--hidden").contains("id=\"strata-table\"");
        Matcher counts = CELL_COUNT.matcher(page);
        int shown = 0;
        while (counts.find()) {
            long count = Long.parseLong(counts.group(1).replace(",", ""));
            assertThat(count).as(counts.group()).matches(c -> c == 0 || c >= 11);
            shown++;
        }
        assertThat(shown).isGreaterThan(10);
    }

    @Test
    void filtersNarrowThePatientsAndTheDrillDownToASiteCountsItsWomenAsPlainSqlDoes() {
        String site = sql(BUSIEST_SITE, "controlling-high-blood-pressure").get(0).get(0);
        String women = sql(WOMEN_AT_SITE.formatted(site), "controlling-high-blood-pressure").get(0).get(0);

        String page = page("analyst", VIEW + "&by=sex&filter=sex=female&site=" + site);

        assertThat(page).contains("Among patients with: sex: female").contains("id=\"clinician-table\"")
                .containsPattern("value=\"sex=female\"[^>]*checked");
        String clinicians = page.substring(page.indexOf("id=\"clinician-table\""));
        assertThat(clinicians).containsPattern("(?s)<tr class=\"total\">.*?<td class=\"number\">"
                + String.format("%,d", Long.parseLong(women)) + "</td>");
        assertThat(clinicians).contains("/outreach?measure=controlling-high-blood-pressure&amp;period=2025-01-01/2025-12-31"
                + "&amp;filter=sex=female&amp;filter=site=" + site + "&amp;filter=clinician=");
    }

    @Test
    void onlyAnalystsAndAdministratorsSeeTheLinksToPatientLists() {
        String site = sql(BUSIEST_SITE, "controlling-high-blood-pressure").get(0).get(0);
        for (String user : List.of("analyst", "admin")) {
            assertThat(page(user, VIEW + "&by=sex&site=" + site)).as(user).contains("class=\"outreach-link\"");
        }
        String viewer = page("viewer", VIEW + "&by=sex&site=" + site);
        assertThat(viewer).contains("id=\"clinician-table\"").doesNotContain("/outreach");
    }

    @Test
    void aWrongParameterIsA400PageNamingIt() {
        MvcTestResult dimension = get("viewer", VIEW + "&by=shoe-size");
        MvcTestResult filter = get("viewer", VIEW + "&filter=site=nowhere");
        MvcTestResult period = get("viewer", "/explore?measure=CMS165&period=2019");

        assertThat(dimension).hasStatus(400);
        assertThat(page("viewer", VIEW + "&by=shoe-size")).contains("The by cannot be shown")
                .contains("&#39;shoe-size&#39; is not a dimension");
        assertThat(filter).hasStatus(400);
        assertThat(page("viewer", VIEW + "&filter=site=nowhere")).contains("The filter cannot be shown");
        assertThat(period).hasStatus(400);
    }

    @Test
    void signingInIsRequired() {
        assertThat(mvc.get().uri("/explore").exchange()).hasStatus3xxRedirection();
    }
}
