package org.stratum.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stratum.app.api.BasicAuthCalls.json;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stratum.app.organisation.UserSites;
import org.stratum.app.web.measures.MeasuredPages;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/outreach}: the outreach page's list for analysts and administrators of their own
 * sites, checked against plain SQL, refused to viewers, and audited on every call.
 */
class OutreachApiTests extends MeasuredPages {
    private static final String BP = "controlling-high-blood-pressure";
    private static final String NOT_MET_AT_SITES = """
            SELECT r.patient_id FROM measure_result r
            WHERE r.measure_id = ? AND r.period_start = ? AND r.period_end = ? AND r.group_id = (
                SELECT min(group_id) FROM measure_result WHERE measure_id = r.measure_id)
              AND r.denominator AND NOT r.denominator_exclusion AND NOT r.denominator_exception
              AND NOT r.numerator AND r.site_id IN (%s)""";

    @Autowired
    UserSites userSites;

    @Autowired
    JdbcClient workflow;

    List<String> sites;

    @BeforeEach
    void analystAssignedTheFirstTwoSites() {
        sites = sql("SELECT DISTINCT site_id FROM measure_result WHERE measure_id = ? AND period_start = ?"
                + " AND period_end = ? AND site_id IS NOT NULL ORDER BY site_id", BP).stream().map(r -> r.get(0)).toList();
        userSites.assign("analyst", sites.subList(0, 2));
    }

    @AfterEach
    void unassign() {
        userSites.assign("analyst", List.of());
    }

    private MvcTestResult call(String username, String uri) {
        return BasicAuthCalls.get(mvc, username, uri);
    }

    @Test
    void anAnalystGetsTheirSitesPatientsNotMeetingTheMeasurePageByPage() {
        Set<String> expected = sql(String.format(NOT_MET_AT_SITES, sites.subList(0, 2).stream().map(s -> "'" + s + "'")
                .collect(Collectors.joining(", "))), BP).stream().map(r -> r.get(0)).collect(Collectors.toSet());

        JsonNode first = json(call("analyst", "/api/v1/outreach?measure=" + BP + "&period=2025"));
        JsonNode second = json(call("analyst", "/api/v1/outreach?measure=" + BP + "&period=2025&page=2"));

        assertThat(first.get("total").asLong()).isEqualTo(expected.size());
        assertThat(first.get("page_size").asInt()).isEqualTo(50);
        assertThat(first.get("patients")).hasSize(50);
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("patients")).hasSize(Math.min(50, expected.size() - 50));
        for (JsonNode page : List.of(first, second)) {
            for (JsonNode patient : page.get("patients")) {
                assertThat(expected).contains(patient.get("patient_id").asString());
                assertThat(sites.subList(0, 2)).contains(patient.get("site_id").asString());
            }
        }
        assertThat(first.get("period").get("start").asString()).isEqualTo("2025-01-01");
    }

    @Test
    void aViewerIsRefusedWith403AndNoCredentialsIs401() {
        MvcTestResult viewer = call("viewer", "/api/v1/outreach?measure=" + BP);

        assertThat(viewer).hasStatus(403);
        assertThat(json(viewer).get("message").asString()).contains("analysts and administrators");
        assertThat(mvc.get().uri("/api/v1/outreach?measure=" + BP).exchange()).hasStatus(401);
    }

    @Test
    void aSiteOutsideTheAnalystsSitesIs403NamingTheFilter() {
        MvcTestResult result = call("analyst", "/api/v1/outreach?measure=" + BP + "&filter=site=" + sites.get(2));

        assertThat(result).hasStatus(403);
        assertThat(json(result).get("parameter").asString()).isEqualTo("filter");
        assertThat(json(result).get("message").asString()).contains(sites.get(2));
    }

    @Test
    void everyCallIsInTheAuditLogAsThePagesViewsAre() {
        long before = workflow.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();

        call("analyst", "/api/v1/outreach?measure=" + BP + "&filter=language=es");

        List<Map<String, Object>> events = workflow.sql("SELECT username, action, subject, detail FROM audit_event"
                + " WHERE id > ? ORDER BY id").param(before).query().listOfRows();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("username")).isEqualTo("analyst");
        assertThat(events.get(0).get("action")).isEqualTo("outreach.view");
        assertThat((String) events.get(0).get("subject")).startsWith("/api/v1/outreach?measure=" + BP)
                .contains("filter=language%3Des");
        assertThat((String) events.get(0).get("detail")).contains("sites " + sites.get(0) + ", " + sites.get(1));
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        assertError("/api/v1/outreach", "measure");
        assertError("/api/v1/outreach?measure=nonsense", "measure");
        assertError("/api/v1/outreach?measure=" + BP + "&filter=shoe-size=42", "filter");
        assertError("/api/v1/outreach?measure=" + BP + "&period=last-tuesday", "period");
        assertError("/api/v1/outreach?measure=" + BP + "&page=0", "page");
    }

    private void assertError(String uri, String parameter) {
        MvcTestResult result = call("admin", uri);
        assertThat(result).as(uri).hasStatus(400);
        assertThat(json(result).get("parameter").asString()).as(uri).isEqualTo(parameter);
        assertThat(json(result).get("message").asString()).as(uri).isNotBlank();
    }
}
