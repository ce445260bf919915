package org.stratum.app.web.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stratum.app.web.measures.MeasuredPages;

/** "Save this view" and reopening it, with the reader's own rights checked again. */
class SavedViewsControllerTests extends MeasuredPages {
    private static final String OUTREACH_QUERY = "measure=controlling-high-blood-pressure&period=2025-01-01%2F2025-12-31";

    @Autowired
    SavedViews views;

    @Test
    void aSavedMeasureViewReopensAtItsPageForAnyone() {
        MvcTestResult saved = save("viewer", "Blood pressure by payer", "/measures/controlling-high-blood-pressure",
                "period=2025-01-01/2025-12-31&by=payer");
        assertThat(saved).hasStatus3xxRedirection();
        long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replace("/views?saved=", ""));

        assertThat(get("analyst", "/views/" + id)).hasRedirectedUrl(
                "/measures/controlling-high-blood-pressure?period=2025-01-01/2025-12-31&by=payer");
        assertThat(page("viewer", "/views")).contains("Blood pressure by payer").contains("href=\"/views/" + id + "\"");
    }

    @Test
    void anAnalystsSavedOutreachListIsRefusedToAViewer() {
        MvcTestResult saved = save("analyst", "Patients to call", "/outreach", OUTREACH_QUERY);
        long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replace("/views?saved=", ""));

        assertThat(get("admin", "/views/" + id)).hasRedirectedUrl("/outreach?" + OUTREACH_QUERY);
        assertThat(get("viewer", "/views/" + id)).hasStatus(403);
    }

    @Test
    void aViewerCannotSaveAPatientList() {
        int before = views.list().size();
        assertThat(save("viewer", "Patients", "/outreach", OUTREACH_QUERY)).hasStatus(403);
        assertThat(views.list()).hasSize(before);
    }

    @Test
    void aBlankTitleOrAPageThatCannotBeSavedIsExplainedAndNothingIsStored() {
        int before = views.list().size();

        assertThat(save("analyst", " ", "/gaps", "period=2025")).hasStatus(400).bodyText()
                .contains("Give the view a title");
        assertThat(save("analyst", "Elsewhere", "/admin/users", "")).hasStatus(400).bodyText()
                .contains("Only a measure page, the gap finder or an outreach list can be saved.");
        assertThat(save("analyst", "Header", "/gaps", "a=b\r\nLocation: https://example.org")).hasStatus(400);
        assertThat(views.list()).hasSize(before);
    }

    @Test
    void anUnknownViewIsNotFound() {
        assertThat(get("viewer", "/views/987654")).hasStatus(404);
    }

    private MvcTestResult save(String username, String title, String path, String query) {
        return mvc.post().uri("/views").param("title", title).param("path", path).param("query", query)
                .param("note", "").with(user(users.loadUserByUsername(username))).with(csrf()).exchange();
    }
}
