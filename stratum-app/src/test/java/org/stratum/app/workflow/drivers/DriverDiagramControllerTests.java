package org.stratum.app.workflow.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;
import org.stratum.app.EmptyWarehouse;
import org.stratum.core.toolkit.KeyDriver;
import org.stratum.core.toolkit.Opportunity;

/** The aim and driver diagram page through the real web layer and an H2 workflow store. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(EmptyWarehouse.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // the store lives in this class's @TempDir
class DriverDiagramControllerTests {

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
    DriverDiagrams diagrams;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "analyst", "viewer"})
    void everyRoleSeesTheNineDriversEachSevenWithItsOpportunity(String username) {
        String page = page(username, "/drivers");

        assertThat(Pattern.compile("class=\"driver driver--foundational\"").matcher(page).results().count()).isEqualTo(2);
        assertThat(Pattern.compile("class=\"driver driver--mapped\"").matcher(page).results().count()).isEqualTo(7);
        for (Opportunity opportunity : Opportunity.values()) {
            KeyDriver driver = java.util.Arrays.stream(KeyDriver.values())
                    .filter(d -> d.opportunity().orElse(null) == opportunity).findFirst().orElseThrow();
            // Each mapped driver's box names its statement and then its opportunity.
            assertThat(page).containsPattern(Pattern.quote("id=\"driver-" + driver.name() + "\"") + "[^§]*?"
                    + Pattern.quote(HtmlUtils.htmlEscape(diagrams.current().statementOf(driver))) + "[^§]*?"
                    + Pattern.quote(HtmlUtils.htmlEscape("Opportunity " + opportunity.number() + ": " + opportunity.title())));
        }
        assertThat(page).contains("<a href=\"/drivers\" aria-current=\"page\">Drivers</a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "viewer"})
    void onlyAdministratorsRewordTheDiagram(String username) {
        assertThat(page(username, "/drivers")).doesNotContain("Edit the wording");
        assertThat(mvc.get().uri("/drivers/edit").with(user(users.loadUserByUsername(username)))).hasStatus(403);
        assertThat(mvc.post().uri("/drivers").with(user(users.loadUserByUsername(username))).with(csrf())
                .params(form("Our own aim"))).hasStatus(403);
        assertThat(diagrams.current().aim()).isNotEqualTo("Our own aim");
    }

    @Test
    void administratorRewordsTheAimAndADriverAndEveryoneSeesIt() {
        assertThat(page("admin", "/drivers/edit")).contains("Toolkit: <span>" + HtmlUtils.htmlEscape(KeyDriver.ANTI_RACIST_NORMS.statement()));
        MultiValueMap<String, String> form = form("Double our equity-centred improvement projects by 2027");
        form.set("statements[" + KeyDriver.REAL_DATA_SYSTEMS.ordinal() + "]",
                "Self-identified race, ethnicity and language data for every patient");

        assertThat(mvc.post().uri("/drivers").with(user(users.loadUserByUsername("admin"))).with(csrf()).params(form))
                .hasStatus3xxRedirection().hasRedirectedUrl("/drivers");

        assertThat(page("viewer", "/drivers"))
                .contains("<p id=\"aim\">Double our equity-centred improvement projects by 2027</p>")
                .contains("Self-identified race, ethnicity and language data for every patient")
                .doesNotContain(HtmlUtils.htmlEscape(KeyDriver.REAL_DATA_SYSTEMS.statement()));
        assertThat(page("viewer", "/")).contains("Double our equity-centred improvement projects by 2027");
    }

    @Test
    void blankStatementIsRefusedWithTheErrorNextToIt() {
        MultiValueMap<String, String> form = form("An aim");
        form.set("statements[" + KeyDriver.MONITORING_DASHBOARDS.ordinal() + "]", "  ");

        MvcTestResult refused = mvc.post().uri("/drivers").with(user(users.loadUserByUsername("admin"))).with(csrf())
                .params(form).exchange();

        assertThat(refused).hasStatus(400).bodyText()
                .containsOnlyOnce("A key driver needs a statement.")
                .contains("aria-describedby=\"statement-error-MONITORING_DASHBOARDS toolkit-MONITORING_DASHBOARDS\"")
                .containsPattern("id=\"statement-MONITORING_DASHBOARDS\"[^§]*?A key driver needs a statement\\.[^§]*?"
                        + "id=\"statement-INSTITUTIONAL_TRANSFORMATION\"");
        assertThat(diagrams.current().aim()).isNotEqualTo("An aim");
    }

    @Test
    void formWithoutEveryDriverIsRefusedNamingHowManyThereAre() {
        MultiValueMap<String, String> form = form("An aim");
        form.remove("statements[" + (KeyDriver.values().length - 1) + "]");

        MvcTestResult refused = mvc.post().uri("/drivers").with(user(users.loadUserByUsername("admin"))).with(csrf())
                .params(form).exchange();

        assertThat(refused).hasStatus(400).bodyText().containsOnlyOnce("Give a statement for each of the 9 key drivers.");
        assertThat(diagrams.current().aim()).isNotEqualTo("An aim");
    }

    /** The edit form as the page fills it in, with another aim. */
    private MultiValueMap<String, String> form(String aim) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        OrganisationDriverDiagram diagram = diagrams.current();
        form.add("aim", aim);
        form.add("targetPopulation", diagram.targetPopulation());
        for (DriverStatement driver : diagram.drivers()) {
            form.add("statements[" + driver.driver().ordinal() + "]", driver.statement());
        }
        return form;
    }

    private String page(String username, String path) {
        MvcTestResult page = mvc.get().uri(path).with(user(users.loadUserByUsername(username))).exchange();
        assertThat(page).hasStatusOk();
        try {
            return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
