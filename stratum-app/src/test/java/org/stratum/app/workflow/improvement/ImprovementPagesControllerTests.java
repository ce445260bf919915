package org.stratum.app.workflow.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.stratum.app.EmptyWarehouse;
import org.stratum.app.workflow.rootcause.RootCauseAnalyses;
import org.stratum.app.workflow.rootcause.RootCauseAnalysis;
import org.stratum.app.workflow.transformation.Barriers;

/**
 * The root-cause, transformation, history and workflow-data pages through the real security chain
 * and an H2 store: who may do what, errors beside their fields, and the message when someone else
 * saved a record first.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(EmptyWarehouse.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // the store lives in this class's @TempDir
class ImprovementPagesControllerTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void demoInTemporaryDataDir(DynamicPropertyRegistry registry) {
        registry.add("stratum.data-dir", dataDir::toString);
        registry.add("stratum.demo.enabled", () -> "true");
        registry.add("stratum.demo.password", () -> "tulip-harbour-42");
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    RootCauseAnalyses analyses;

    @Autowired
    Barriers barriers;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "analyst"})
    void editorsRecordAnAnalysisWithEvidenceAndEveryoneReadsIt(String username) throws Exception {
        MvcTestResult saved = post(username, "/root-causes", analysisForm("Screening gap for " + username, "/views/7"));

        assertThat(saved).hasStatus3xxRedirection();
        String location = saved.getResponse().getRedirectedUrl();
        String page = page("viewer", location);
        assertThat(page).contains("Screening gap for " + username, "<a href=\"/views/7\">Colorectal screening by language</a>",
                "Ana Ruiz (Patient)", "href=\"/history?record=root_cause_analysis/");
        assertThat(page).doesNotContain("Change the analysis");
        assertThat(page("viewer", "/root-causes")).contains("Screening gap for " + username);
    }

    @Test
    void viewersCannotRecordOrChangeAnything() {
        assertThat(mvc.get().uri("/root-causes/new").with(user(users.loadUserByUsername("viewer")))).hasStatus(403);
        assertThat(post("viewer", "/root-causes", analysisForm("Viewer's analysis", "/views/1"))).hasStatus(403);
        assertThat(post("viewer", "/transformation/barriers", barrierForm("open", ""))).hasStatus(403);
        assertThat(post("viewer", "/transformation/partners", new LinkedMultiValueMap<>())).hasStatus(403);
        assertThat(analyses.list()).extracting(RootCauseAnalysis::title).doesNotContain("Viewer's analysis");
    }

    @Test
    void evidenceLinkOutsideTheApplicationIsRefusedBesideTheField() throws Exception {
        MvcTestResult refused = post("analyst", "/root-causes", analysisForm("Outside link", "https://example.org/views/7"));

        assertThat(refused).hasStatus(400);
        assertThat(body(refused)).contains("Link to a page of Stratum: a path starting with /")
                .containsPattern("id=\"evidence0.link\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"evidence0.link\"")
                .contains("value=\"Outside link\"");
        assertThat(analyses.list()).extracting(RootCauseAnalysis::title).doesNotContain("Outside link");
    }

    @Test
    void secondEditorFromTheSameVersionGetsAClearMessageAndKeepsTheirText() throws Exception {
        String location = post("analyst", "/root-causes", analysisForm("Shared analysis", "/views/2"))
                .getResponse().getRedirectedUrl();
        String edit = location + "/edit";
        assertThat(page("admin", edit)).contains("name=\"version\" value=\"0\"");
        MultiValueMap<String, String> first = analysisForm("Shared analysis", "/views/2");
        first.set("conclusion", "The analyst's conclusion");
        first.set("version", "0");
        MultiValueMap<String, String> second = analysisForm("Shared analysis", "/views/2");
        second.set("conclusion", "The admin's conclusion");
        second.set("version", "0");

        assertThat(post("analyst", location, first)).hasStatus3xxRedirection();
        MvcTestResult conflict = post("admin", location, second);

        assertThat(conflict).hasStatus(409);
        assertThat(body(conflict)).contains("Someone else (analyst) changed this record after you opened it, so your"
                + " changes were not saved.").contains("The admin&#39;s conclusion");
        assertThat(page("viewer", location)).contains("The analyst&#39;s conclusion");
    }

    @Test
    void escalatedBarrierWithoutWhomIsRefusedBesideTheFieldThenSavedWithHistory() throws Exception {
        MvcTestResult refused = post("analyst", "/transformation/barriers", barrierForm("ESCALATED", ""));
        assertThat(refused).hasStatus(400);
        assertThat(body(refused)).contains("An escalated barrier needs to say to whom it was escalated.")
                .contains("aria-describedby=\"escalatedTo-error escalatedTo-hint\"");

        assertThat(post("analyst", "/transformation/barriers", barrierForm("ESCALATED", "Medical director")))
                .hasStatus3xxRedirection().hasRedirectedUrl("/transformation");
        long id = barriers.list().get(barriers.list().size() - 1).id();

        assertThat(page("viewer", "/transformation")).contains("Medical director", "Escalated");
        assertThat(page("viewer", "/history?record=barrier/" + id)).contains("barrier.create", "analyst",
                "status: — → Escalated");
    }

    @Test
    void historyOfSomethingElseIsABadRequest() throws Exception {
        MvcTestResult refused = mvc.get().uri("/history?record=audit_event/1").with(user(users.loadUserByUsername("viewer"))).exchange();
        assertThat(refused).hasStatus(400);
        assertThat(body(refused)).contains("The parameter &#39;record&#39; must name a workflow record as kind/id");
    }

    @Test
    void onlyAdministratorsExportAndImportWorkflowData() throws Exception {
        assertThat(mvc.get().uri("/workflow-data/export").with(user(users.loadUserByUsername("analyst")))).hasStatus(403);
        MvcTestResult exported = mvc.get().uri("/workflow-data/export").with(user(users.loadUserByUsername("admin"))).exchange();
        assertThat(exported).hasStatusOk().hasContentType("application/json");
        assertThat(body(exported)).contains("\"format\" : \"stratum-workflow-data\"");

        MvcTestResult refused = mvc.post().uri("/workflow-data/import").multipart()
                .file(new MockMultipartFile("file", "export.json", "application/json",
                        "{\"format\": \"something else\"}".getBytes(StandardCharsets.UTF_8)))
                .with(user(users.loadUserByUsername("admin"))).with(csrf()).exchange();
        assertThat(refused).hasStatus(400);
        assertThat(body(refused)).contains("The file is not a Stratum workflow export").contains("id=\"file-error\"");
    }

    private static MultiValueMap<String, String> analysisForm(String title, String link) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("title", title);
        form.add("problem", "Screening is 9 points lower for patients preferring Spanish.");
        form.add("process", "Reminders only in English");
        form.add("whys[0]", "Patients do not return the kit");
        form.add("evidence[0].title", "Colorectal screening by language");
        form.add("evidence[0].link", link);
        form.add("participants[0].name", "Ana Ruiz");
        form.add("participants[0].perspective", "PATIENT");
        form.add("version", "0");
        return form;
    }

    private static MultiValueMap<String, String> barrierForm(String status, String escalatedTo) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("kind", "BARRIER");
        form.add("title", "Interpreter budget runs out in March");
        form.add("raisedBy", "Site B front desk");
        form.add("level", "ORGANISATION");
        form.add("status", status);
        form.add("escalatedTo", escalatedTo);
        form.add("version", "0");
        return form;
    }

    private MvcTestResult post(String username, String path, MultiValueMap<String, String> form) {
        return mvc.post().uri(path).with(user(users.loadUserByUsername(username))).with(csrf()).params(form).exchange();
    }

    private String page(String username, String path) throws Exception {
        MvcTestResult page = mvc.get().uri(path).with(user(users.loadUserByUsername(username))).exchange();
        assertThat(page).hasStatusOk();
        return body(page);
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
