package org.stratum.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stratum.app.api.BasicAuthCalls.basic;
import static org.stratum.app.api.BasicAuthCalls.json;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stratum.app.web.measures.MeasuredPages;
import org.stratum.app.web.views.SavedViews;
import tools.jackson.databind.JsonNode;

/** {@code GET/POST /api/v1/views}: saving a view with the page's checks, without a CSRF token, and listing them. */
class SavedViewsApiTests extends MeasuredPages {
    private static final String OUTREACH_QUERY = "measure=controlling-high-blood-pressure&period=2025-01-01%2F2025-12-31";

    @Autowired
    SavedViews views;

    private MvcTestResult post(String username, String body) {
        return mvc.post().uri("/api/v1/views").header("Authorization", basic(username))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private static String view(String title, String path, String query) {
        return "{\"title\": \"" + title + "\", \"path\": \"" + path + "\", \"query\": \"" + query
                + "\", \"note\": \"from the API\"}";
    }

    @Test
    void aViewerSavesAMeasureViewWithoutACsrfTokenAndItIsListedFirst() {
        MvcTestResult saved = post("viewer", view("Blood pressure by payer", "/measures/controlling-high-blood-pressure",
                "period=2025-01-01/2025-12-31&by=payer"));

        assertThat(saved).hasStatus(201);
        JsonNode body = json(saved);
        long id = body.get("id").asLong();
        assertThat(saved.getResponse().getHeader("Location")).isEqualTo("/views/" + id);
        assertThat(body.get("address").asString())
                .isEqualTo("/measures/controlling-high-blood-pressure?period=2025-01-01/2025-12-31&by=payer");
        assertThat(body.get("saved_by").asString()).isEqualTo("viewer");
        assertThat(body.get("patient_level").asBoolean()).isFalse();
        JsonNode list = json(BasicAuthCalls.get(mvc, "analyst", "/api/v1/views"));
        assertThat(list.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(list.get(0).get("note").asString()).isEqualTo("from the API");
        assertThat(views.find(id)).isPresent();
    }

    @Test
    void anAnalystMaySaveAnOutreachListAndAViewerMayNot() {
        int before = views.list().size();

        MvcTestResult viewer = post("viewer", view("Patients", "/outreach", OUTREACH_QUERY));
        MvcTestResult analyst = post("analyst", view("Patients to call", "/outreach", OUTREACH_QUERY));

        assertThat(viewer).hasStatus(403);
        assertThat(json(viewer).get("status").asInt()).isEqualTo(403);
        assertThat(analyst).hasStatus(201);
        assertThat(json(analyst).get("patient_level").asBoolean()).isTrue();
        assertThat(views.list()).hasSize(before + 1);
    }

    @Test
    void whatThePageRefusesIsA400NamingTheFieldAndNothingIsStored() {
        int before = views.list().size();

        assertRejected(view(" ", "/gaps", ""), "title");
        assertRejected(view("x".repeat(201), "/gaps", ""), "title");
        assertRejected(view("Elsewhere", "https://example.org/", ""), "path");
        assertRejected(view("Header", "/gaps", "a=1%0D%0ASet-Cookie: x\\r\\n"), "query");
        assertRejected("{\"title\": ", "body");

        assertThat(views.list()).hasSize(before);
        assertThat(mvc.post().uri("/api/v1/views").contentType(MediaType.APPLICATION_JSON)
                .content(view("Anyone", "/gaps", "")).exchange()).hasStatus(401);
    }

    private void assertRejected(String body, String field) {
        MvcTestResult result = post("analyst", body);
        assertThat(result).as(body).hasStatus(400);
        assertThat(json(result).get("parameter").asString()).as(body).isEqualTo(field);
        assertThat(json(result).get("message").asString()).as(body).isNotBlank().doesNotContain("{views.");
    }
}
