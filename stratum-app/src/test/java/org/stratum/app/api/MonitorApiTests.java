package org.stratum.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stratum.app.api.BasicAuthCalls.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stratum.app.equity.Figures;
import org.stratum.app.web.measures.MeasuredPages;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/measures/{id}/monitor}: the Monitor page's numbers, for every role, and its errors. */
class MonitorApiTests extends MeasuredPages {
    private static final String MONITOR = "/api/v1/measures/colorectal-cancer-screening/monitor?by=payer";
    private final Figures figures = new Figures();

    private MvcTestResult call(String username, String uri) {
        return BasicAuthCalls.get(mvc, username, uri);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "analyst", "viewer"})
    void everyRoleGetsTheNumbersTheMonitorPageShows(String role) {
        JsonNode monitor = json(call(role, MONITOR));
        Document page = Jsoup.parse(page("viewer", "/measures/colorectal-cancer-screening/monitor?by=payer"));

        Map<String, List<List<String>>> pageRows = new LinkedHashMap<>();
        page.select("article.stratum-monitor").forEach(a -> pageRows.put(a.selectFirst("h3").text(),
                a.select("table.monitor-table tbody tr").stream().map(tr -> tr.select("th, td").eachText()).toList()));
        assertThat(monitor.get("by").asString()).isEqualTo("payer");
        assertThat(monitor.get("points").asInt()).isEqualTo(3);
        assertThat(monitor.get("strata").valueStream().map(s -> s.get("stratum").asString()))
                .containsExactlyElementsOf(pageRows.keySet());
        assertThat(pageRows).hasSizeGreaterThanOrEqualTo(2);
        for (JsonNode stratum : monitor.get("strata")) {
            List<List<String>> rows = pageRows.get(stratum.get("stratum").asString());
            for (int i = 0; i < 3; i++) {
                JsonNode point = stratum.get("points").get(i);
                assertThat(rows.get(i).subList(0, 6)).containsExactly(point.get("end").asString(),
                        figures.count(point.get("eligible").asLong()), figures.count(point.get("met").asLong()),
                        figures.percent(point.get("rate").asDouble()), figures.percent(point.get("centre").asDouble()),
                        figures.interval(point.get("lower").asDouble(), point.get("upper").asDouble()));
                assertThat(point.get("eligible").asLong() % 10).as("counts are rounded to ten").isZero();
                if (stratum.get("reference").asBoolean()) {
                    assertThat(point.get("difference").isNull()).isTrue();
                } else {
                    assertThat(rows.get(i).get(8)).isEqualTo(figures.points(point.get("difference").asDouble()));
                }
            }
        }
        assertThat(page.text()).contains("Gaps are measured from " + monitor.get("reference").asString());
    }

    @Test
    void anotherShownStratumCanBeTheReferenceAndTheGapsAreMeasuredFromIt() {
        JsonNode largest = json(call("viewer", MONITOR));
        String other = largest.get("strata").valueStream().map(s -> s.get("stratum").asString())
                .filter(s -> !s.equals(largest.get("reference").asString())).findFirst().orElseThrow();

        JsonNode monitor = json(call("viewer", MONITOR + "&reference=" + other));

        assertThat(monitor.get("reference").asString()).isEqualTo(other);
        for (JsonNode stratum : monitor.get("strata")) {
            assertThat(stratum.get("reference").asBoolean()).isEqualTo(stratum.get("stratum").asString().equals(other));
            JsonNode last = stratum.get("points").get(2);
            assertThat(last.get("difference").isNull()).isEqualTo(stratum.get("reference").asBoolean());
        }
    }

    @Test
    void changeAnnotationsComeWithTheStrataTheyConcernAndAPhaseChangeStartsANewBaseline() {
        JsonNode monitor = json(call("viewer", "/api/v1/measures/controlling-high-blood-pressure/monitor?by=language"));

        JsonNode spanish = monitor.get("strata").valueStream().filter(s -> s.get("stratum").asString().endsWith("(es)"))
                .findFirst().orElseThrow();
        // Other tests may have planned PDSA cycles for Spanish speakers in the shared store too.
        assertThat(spanish.get("annotations").valueStream().map(a -> a.get("label").asString()))
                .containsSubsequence("Spanish-language reminders", "Outreach calls begin");
        for (JsonNode stratum : monitor.get("strata")) {
            if (stratum == spanish) {
                continue;
            }
            JsonNode outreach = stratum.get("annotations").valueStream()
                    .filter(a -> a.get("label").asString().equals("Outreach calls begin")).findFirst().orElseThrow();
            assertThat(outreach.get("date").asString()).isEqualTo("2025-11-15");
            assertThat(outreach.get("starts_new_phase").asBoolean()).isTrue();
            assertThat(stratum.get("points").valueStream().map(p -> p.get("phase").asInt())).containsExactly(0, 1, 1);
            assertThat(stratum.get("runs_signals")).hasSize(2);
        }
    }

    @Test
    void aHiddenStratumCannotBeTheReference() {
        JsonNode monitor = json(call("viewer", "/api/v1/measures/controlling-high-blood-pressure/monitor?by=clinician"));
        assertThat(monitor.get("hidden")).as("a clinician Monitor of a small population hides strata").isNotEmpty();
        String hidden = monitor.get("hidden").get(0).asString();

        MvcTestResult result = call("viewer", "/api/v1/measures/controlling-high-blood-pressure/monitor?by=clinician"
                + "&reference=" + hidden);

        assertThat(result).hasStatus(400);
        assertThat(json(result).get("parameter").asString()).isEqualTo("reference");
        assertThat(json(result).get("message").asString()).contains("not shown");
    }

    @Test
    void badParametersAre400Or404NamingTheParameterAndNoCredentialsIs401() {
        assertError("/api/v1/measures/CMS165/monitor?by=shoe-size", 400, "by");
        assertError("/api/v1/measures/CMS165/monitor?group=nine", 400, "group");
        assertError("/api/v1/measures/CMS165/monitor?by=payer&reference=tallest", 400, "reference");
        assertError("/api/v1/measures/CMS999/monitor", 404, "measure");
        assertThat(mvc.get().uri("/api/v1/measures/CMS165/monitor").exchange()).hasStatus(401);
    }

    private void assertError(String uri, int status, String parameter) {
        MvcTestResult result = call("analyst", uri);
        assertThat(result).as(uri).hasStatus(status);
        JsonNode error = json(result);
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("parameter").asString()).as(uri).isEqualTo(parameter);
        assertThat(error.get("message").asString()).as(uri).isNotBlank();
    }
}
