package org.stratum.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stratum.app.web.measures.MeasuredPages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API with HTTP Basic sign-in over a measured synthetic warehouse, its numbers checked against plain SQL. */
class ApiTests extends MeasuredPages {
    private static final String PASSWORD = "tulip-harbour-42";
    private static final String BY_CLINICIAN_AMONG_WOMEN = """
            SELECT coalesce(r.clinician_id, 'unattributed'), count(*), count(*) FILTER (WHERE r.numerator)
            FROM measure_result r JOIN patient p USING (patient_id)
            WHERE r.measure_id = ? AND r.period_start = ? AND r.period_end = ? AND p.sex = 'female'
              AND r.denominator AND NOT r.denominator_exclusion AND NOT r.denominator_exception GROUP BY ALL""";
    private static final String TOTAL = """
            SELECT count(*), count(*) FILTER (WHERE numerator) FROM measure_result
            WHERE measure_id = ? AND group_id = '1' AND period_start = ? AND period_end = ?
              AND denominator AND NOT denominator_exclusion AND NOT denominator_exception""";

    private MvcTestResult call(String username, String uri) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return mvc.get().uri(uri).header("Authorization", "Basic " + credentials).exchange();
    }

    private static JsonNode json(MvcTestResult result) {
        try {
            return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void measuresListsTheLibraryWithThePeriodsItsViewsArePublishedFor() {
        MvcTestResult result = call("viewer", "/api/v1/measures");

        assertThat(result).hasStatusOk();
        JsonNode measures = json(result);
        JsonNode bloodPressure = measures.valueStream().filter(m -> m.get("id").asString().equals("controlling-high-blood-pressure"))
                .findFirst().orElseThrow();
        assertThat(bloodPressure.get("cmsId").asString()).startsWith("CMS165");
        assertThat(bloodPressure.get("better").asString()).isEqualTo("higher");
        // The two rolling points before December overlap 2025, so their views are not published.
        assertThat(bloodPressure.get("periods").valueStream().map(JsonNode::asString))
                .containsExactly("2025-01-01/2025-12-31");
        assertThat(call("viewer", "/api/v1/measures/CMS165/strata?by=sex&period=2024-12-01/2025-11-30")).hasStatus(400);
    }

    @Test
    void aMeasuresOverviewIsItsRateAndIntervalWithTheTrendPoints() {
        JsonNode overview = json(call("analyst", "/api/v1/measures/CMS165?period=2025"));

        List<String> total = sql(TOTAL, "controlling-high-blood-pressure").get(0);
        assertThat(overview.get("eligible").asLong()).isEqualTo(Long.parseLong(total.get(0)));
        assertThat(overview.get("rate").asDouble()).isCloseTo(Double.parseDouble(total.get(1))
                / Double.parseDouble(total.get(0)), within(1e-12));
        assertThat(overview.get("ci_low").asDouble()).isLessThan(overview.get("rate").asDouble());
        assertThat(overview.get("ci_high").asDouble()).isGreaterThan(overview.get("rate").asDouble());
        assertThat(overview.get("trend")).hasSize(3);
        assertThat(overview.get("trend").get(2).get("period").get("end").asString()).isEqualTo("2025-12-31");
    }

    @Test
    void strataForAViewerAreSuppressedAndTheShownCountsArePlainSqlsEvenWhenAskedNotToSuppress() {
        MvcTestResult result = call("viewer",
                "/api/v1/measures/CMS165/strata?by=clinician&filter=sex=female&period=2025&no-suppress=true");

        assertThat(result).hasStatusOk();
        JsonNode view = json(result);
        assertThat(view.get("suppression").asString()).contains("hidden");
        Map<String, List<String>> expected = new HashMap<>();
        sql(BY_CLINICIAN_AMONG_WOMEN, "controlling-high-blood-pressure").forEach(r -> expected.put(r.get(0), r));
        assertThat(view.get("strata")).hasSize(expected.size());
        int hidden = 0;
        for (JsonNode cell : view.get("strata")) {
            List<String> counts = expected.get(cell.get("key").get(0).asString());
            if (cell.get("suppressed").asBoolean()) {
                hidden++;
                assertThat(cell.get("rate").isNull()).isTrue();
            } else {
                assertThat(cell.get("denominator").asString()).isEqualTo(counts.get(1));
                assertThat(cell.get("numerator").asString()).isEqualTo(counts.get(2));
            }
            for (String count : List.of("denominator", "numerator")) {
                assertThat(cell.get(count).isNull() || cell.get(count).asLong() == 0 || cell.get(count).asLong() >= 11)
                        .as(cell.toString()).isTrue();
            }
        }
        assertThat(hidden).as("a clinician × women view of 6,000 patients has small cells").isPositive();
    }

    @Test
    void anUnauthenticatedCallIsRefusedWith401AndNoSignInPage() {
        MvcTestResult anonymous = mvc.get().uri("/api/v1/measures").exchange();
        MvcTestResult wrongPassword = mvc.get().uri("/api/v1/measures")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("viewer:wrong".getBytes())).exchange();

        assertThat(anonymous).hasStatus(401);
        assertThat(wrongPassword).hasStatus(401);
        assertThat(anonymous.getResponse().getHeader("Location")).isNull();
    }

    @Test
    void theApiKeepsNoSession() {
        MvcTestResult result = call("analyst", "/api/v1/measures");

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void badParametersAre400WithAJsonBodyNamingTheParameter() {
        assertError("/api/v1/measures/CMS165/strata?by=shoe-size", 400, "by");
        assertError("/api/v1/measures/CMS165/strata", 400, "by");
        assertError("/api/v1/measures/CMS165/strata?by=sex&period=2025-02-30/2025-12-31", 400, "period");
        assertError("/api/v1/measures/CMS165/strata?by=sex&filter=site=nowhere", 400, "filter");
        assertError("/api/v1/measures/CMS165/strata?by=sex&reference=tallest", 400, "reference");
        assertError("/api/v1/measures/CMS165?period=2019", 400, "period");
        assertError("/api/v1/gaps?limit=0", 400, "limit");
        assertError("/api/v1/gaps?limit=many", 400, "limit");
        assertError("/api/v1/gaps?min-group=5", 400, "min-group");
        assertError("/api/v1/measures/CMS999/strata?by=sex", 404, "measure");
        assertError("/api/v1/measures/CMS999", 404, "measure");
    }

    @Test
    void gapsAreRankedAndAGapRestingOnASmallCountHasNoNumbers() {
        MvcTestResult result = call("viewer", "/api/v1/gaps?period=2025&limit=500&fdr=0.9&min-group=11");

        assertThat(result).hasStatusOk();
        JsonNode gaps = json(result);
        assertThat(gaps.get("period").asString()).isEqualTo("2025-01-01/2025-12-31");
        assertThat(gaps.get("gaps")).isNotEmpty();
        int rank = 0;
        for (JsonNode gap : gaps.get("gaps")) {
            assertThat(gap.get("rank").asInt()).isEqualTo(++rank);
            if (gap.get("suppressed").asBoolean()) {
                assertThat(gap.get("group_rate").isNull()).isTrue();
                assertThat(gap.get("patients_to_equity").isNull()).isTrue();
                assertThat(gap.get("explanation").isNull()).isTrue();
            } else {
                assertThat(gap.get("explanation").asString()).contains(gap.get("group").asString());
            }
        }
    }

    @Test
    void theOpenApiDescriptionListsEveryEndpoint() {
        MvcTestResult result = call("viewer", "/api/v1/openapi");

        assertThat(result).hasStatusOk();
        JsonNode document = json(result);
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("paths").propertyNames()).contains("/api/v1/measures", "/api/v1/measures/{id}",
                "/api/v1/measures/{id}/strata", "/api/v1/gaps", "/api/v1/measures/{id}/monitor", "/api/v1/data-quality",
                "/api/v1/data-quality/reask", "/api/v1/outreach", "/api/v1/views");
        assertThat(document.get("paths").get("/api/v1/views").propertyNames()).contains("get", "post");
    }

    private void assertError(String uri, int status, String parameter) {
        MvcTestResult result = call("analyst", uri);
        assertThat(result).as(uri).hasStatus(status);
        JsonNode error = json(result);
        assertThat(error.get("parameter").asString()).as(uri).isEqualTo(parameter);
        assertThat(error.get("message").asString()).as(uri).isNotBlank();
        assertThat(error.get("status").asInt()).isEqualTo(status);
    }
}
