package org.stratum.app.web.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
import org.springframework.web.util.HtmlUtils;
import org.stratum.app.SampleWarehouse;
import org.stratum.core.toolkit.DriverDiagram;
import org.stratum.core.toolkit.KeyDriver;
import org.stratum.core.toolkit.Opportunity;

/** The home page as signed-in people see it, with the accounts of a real H2 workflow store. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SampleWarehouse.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // the store lives in this class's @TempDir
class HomeControllerTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void demoInTemporaryDataDir(DynamicPropertyRegistry registry) {
        registry.add("stratum.data-dir", dataDir::toString);
        registry.add("stratum.demo.enabled", () -> "true");
        registry.add("stratum.demo.password", () -> "tulip-harbour-42");
        registry.add("stratum.organisation.name", () -> "Riverside Community Health");
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "analyst", "viewer"})
    void everyRoleSeesTheHomePage(String username) {
        assertThat(homePageFor(username)).contains("Roadmap for improvement").contains("Data loaded");
    }

    @Test
    void headerShowsOrganisationAndSignedInPerson() {
        assertThat(homePageFor("analyst"))
                .contains("Riverside Community Health")
                .contains("Signed in as <strong>Demo analyst</strong>")
                .contains("(<span>Analyst</span>)")
                .containsPattern("<a href=\"/\" aria-current=\"page\">Home</a>")
                .contains("Sign out");
    }

    @Test
    void roadmapShowsTheSevenOpportunitiesInOrder() {
        String page = homePageFor("viewer");

        assertThat(Pattern.compile("class=\"opportunity\"").matcher(page).results().count()).isEqualTo(7);
        int previous = -1;
        for (Opportunity opportunity : Opportunity.values()) {
            int at = page.indexOf(HtmlUtils.htmlEscape(opportunity.title()));
            assertThat(at).as(opportunity.title()).isGreaterThan(previous);
            assertThat(page).contains(HtmlUtils.htmlEscape(opportunity.summary()));
            previous = at;
        }
    }

    @Test
    void roadmapShowsAimTargetPopulationAndFoundationalDrivers() {
        assertThat(homePageFor("viewer"))
                .contains(DriverDiagram.TOOLKIT_AIM)
                .contains(DriverDiagram.TOOLKIT_TARGET_POPULATION)
                .contains(KeyDriver.SHARED_UNDERSTANDING.statement())
                .contains(KeyDriver.ANTI_RACIST_NORMS.statement())
                .doesNotContain(KeyDriver.ORGANIZED_TEAMS.statement());
    }

    @Test
    void dataLoadedShowsCountsAndTheLastImport() {
        assertThat(homePageFor("analyst"))
                .contains("<dd id=\"patient-count\">12,345</dd>")
                .contains("<dd id=\"record-count\">67,500</dd>")
                .contains("<th scope=\"row\">encounter</th>")
                .contains("riverside-ehr")
                .contains("fhir-ndjson")
                .contains("80,000")
                .contains("2 March 2026")
                .doesNotContain("Nothing imported yet");
    }

    @Test
    void pageHasLandmarksOrderedHeadingsAndNoScript() {
        String page = homePageFor("admin");

        assertThat(page).contains("<html lang=\"en\">")
                .contains("<nav class=\"main-nav\" aria-label=\"Main\">")
                .contains("<main id=\"main\"")
                .doesNotContain("<script");
        for (String landmark : List.of("<header", "<nav", "<main", "<footer")) {
            assertThat(Pattern.compile(landmark + "[ >]").matcher(page).results().count()).as(landmark).isEqualTo(1);
        }
        List<Integer> levels = headingLevels(page);
        assertThat(levels).startsWith(1).filteredOn(level -> level == 1).hasSize(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d after h%d", i, levels.get(i - 1))
                    .isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
    }

    private String homePageFor(String username) {
        var page = mvc.get().uri("/").with(user(users.loadUserByUsername(username))).exchange();
        assertThat(page).hasStatusOk();
        try {
            return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Integer> headingLevels(String html) {
        List<Integer> levels = new ArrayList<>();
        Matcher heading = Pattern.compile("<h([1-6])[ >]").matcher(html);
        while (heading.find()) {
            levels.add(Integer.parseInt(heading.group(1)));
        }
        return levels;
    }
}
