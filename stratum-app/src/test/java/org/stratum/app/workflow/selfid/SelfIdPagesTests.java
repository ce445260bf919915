package org.stratum.app.workflow.selfid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stratum.app.organisation.UserSites;

/**
 * The staff and kiosk pages through the real web layer, security chain, H2 workflow store and
 * DuckDB warehouse: who may issue codes for which patients, and what the kiosk says to whom.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(KioskWarehouse.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // the store lives in this class's @TempDir
class SelfIdPagesTests {

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
    UserSites userSites;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void analystWorksAtNorth() {
        userSites.assign("analyst", List.of("north"));
        userSites.assign("admin", List.of());
        jdbc.sql("DELETE FROM self_id_wrong_code").update();
    }

    @Test
    void viewersCannotIssueCodesNorSeeTheStaffPages() {
        assertThat(mvc.get().uri("/self-id").with(user(users.loadUserByUsername("viewer")))).hasStatus(403);
        assertThat(issue("viewer", "p-north")).hasStatus(403);
        assertThat(mvc.get().uri("/self-id/script?lang=es").with(user(users.loadUserByUsername("viewer"))))
                .hasStatus(403);
    }

    @Test
    void anAnalystIssuesACodeForAPatientOfTheirSiteAndItIsAudited() {
        long before = codeCount();
        long audited = issuesAudited();
        MvcTestResult issued = issue("analyst", "p-north");
        assertThat(issued).hasStatus3xxRedirection().hasRedirectedUrl("/self-id");
        String code = (String) issued.getMvcResult().getFlashMap().get("issuedCode");
        assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(codeCount()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT site_key FROM self_id_code ORDER BY id DESC LIMIT 1").query(String.class).single())
                .isEqualTo("north");
        assertThat(issuesAudited()).isEqualTo(audited + 1);
    }

    @Test
    void anAnalystCannotIssueACodeForAnotherSitesPatientNorLearnWhetherTheyExist() {
        long before = codeCount();
        for (String patient : List.of("p-south", "p-nowhere", "nobody")) {
            MvcTestResult refused = issue("analyst", patient);
            assertThat(refused).hasStatus(400);
            assertThat(body(refused)).contains("There is no patient with this id at your sites.")
                    .contains("aria-invalid=\"true\"");
        }
        assertThat(issue("analyst", "  ")).bodyText().contains("Enter the patient&#39;s id.");
        assertThat(codeCount()).isEqualTo(before);
    }

    @Test
    void anAdministratorWithoutSitesMayIssueForAnyPatientEvenWithoutASite() {
        assertThat(issue("admin", "p-nowhere")).hasStatus3xxRedirection();
        assertThat(issue("admin", "p-south")).hasStatus3xxRedirection();
    }

    @Test
    void theStaffPageShowsEachTranslationsReviewStatusAndTheScripts() {
        String page = body(mvc.get().uri("/self-id").with(user(users.loadUserByUsername("analyst"))).exchange());
        assertThat(page).contains("id=\"translation-en\"").contains("id=\"translation-ko\"")
                .contains("Not yet reviewed by community members").contains("name=\"_csrf\"");
        String script = body(mvc.get().uri("/self-id/script?lang=vi").with(user(users.loadUserByUsername("analyst")))
                .exchange());
        assertThat(script).contains("lang=\"vi\"").contains("Tại sao chúng tôi hỏi")
                .contains("This translation has not yet been reviewed by community members.");
    }

    @Test
    void theKioskIsPublicButItsFormOpensOnlyWithACode() {
        assertThat(mvc.get().uri("/kiosk")).hasStatusOk().bodyText().contains("Your code");
        assertThat(mvc.get().uri("/kiosk/form?lang=es")).hasStatus3xxRedirection().hasRedirectedUrl("/kiosk?lang=es");
        // CSRF protection stays on for the public form.
        assertThat(mvc.post().uri("/kiosk").param("code", "ABCD-EFGH")).hasStatus(403);
    }

    @Test
    void wrongUsedAndThrottledCodesSayWhatToDoAndNothingAboutThePatient() {
        String code = (String) issue("analyst", "p-north").getMvcResult().getFlashMap().get("issuedCode");
        MvcTestResult wrong = typeCode("ZZZZ-ZZZZ", new MockHttpSession());
        assertThat(wrong).hasStatus(400);
        assertThat(body(wrong)).contains("We could not find this code.").doesNotContain("p-north");

        MockHttpSession session = new MockHttpSession();
        MvcTestResult valid = typeCode(code, session);
        assertThat(valid).hasStatus3xxRedirection().hasRedirectedUrl("/kiosk/form?lang=en");
        MvcTestResult form = mvc.get().uri("/kiosk/form?lang=en").session(session).exchange();
        assertThat(body(form)).contains("What is your race and/or ethnicity?").doesNotContain("p-north");
        MvcTestResult sent = mvc.post().uri("/kiosk/form").session(session).with(csrf()).param("lang", "en")
                .param("categories", "MENA").param("groups", "lebanese").exchange();
        assertThat(sent).hasStatus3xxRedirection().hasRedirectedUrl("/kiosk/thanks?lang=en");

        MvcTestResult used = typeCode(code, new MockHttpSession());
        assertThat(used).hasStatus(410);
        assertThat(body(used)).contains("This code can no longer be used.");

        for (int i = 0; i < 4; i++) {
            typeCode("YYYY-YYYY", new MockHttpSession());
        }
        MvcTestResult throttled = typeCode(code, new MockHttpSession());
        assertThat(throttled).hasStatus(429);
        assertThat(body(throttled)).contains("Too many codes were tried.");
    }

    @Test
    void aFormWithContradictoryAnswersIsShownAgainWithTheProblemNextToTheQuestion() {
        String code = (String) issue("analyst", "p-north").getMvcResult().getFlashMap().get("issuedCode");
        MockHttpSession session = new MockHttpSession();
        typeCode(code, session);
        MvcTestResult sent = mvc.post().uri("/kiosk/form").session(session).with(csrf()).param("lang", "es")
                .param("categories", "ASIAN", "declined").param("writeIn[WHITE]", "x".repeat(101)).exchange();
        assertThat(sent).hasStatus(400);
        assertThat(body(sent)).contains("id=\"categories-error\"")
                .contains("Elija grupos o &quot;Prefiero no responder&quot;, pero no ambos.")
                .contains("Use 100 caracteres o menos.").contains("id=\"category-ASIAN\" checked");
        assertThat(jdbc.sql("SELECT count(*) FROM self_id_code WHERE used_at IS NOT NULL AND patient_id = 'p-north'"
                + " AND id = (SELECT max(id) FROM self_id_code)").query(Long.class).single()).isZero();
    }

    private MvcTestResult issue(String username, String patientId) {
        return mvc.post().uri("/self-id/codes").with(user(users.loadUserByUsername(username))).with(csrf())
                .param("patientId", patientId).param("language", "en").exchange();
    }

    private MvcTestResult typeCode(String code, MockHttpSession session) {
        return mvc.post().uri("/kiosk").session(session).with(csrf()).param("code", code).exchange();
    }

    private long issuesAudited() {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'selfid.code.issue' AND username = 'analyst'"
                + " AND subject = 'patient/p-north'").query(Long.class).single();
    }

    private long codeCount() {
        return jdbc.sql("SELECT count(*) FROM self_id_code").query(Long.class).single();
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
