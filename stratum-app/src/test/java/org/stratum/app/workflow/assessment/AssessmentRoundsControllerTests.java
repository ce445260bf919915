package org.stratum.app.workflow.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
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
import org.stratum.app.EmptyWarehouse;
import org.stratum.app.security.UserAccounts;
import org.stratum.core.toolkit.KeyDriver;

/**
 * Self-assessment rounds through the real web layer, security chain and an H2 workflow store: who
 * may open, close and score, and who sees which scores.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(EmptyWarehouse.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // the store lives in this class's @TempDir
class AssessmentRoundsControllerTests {

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
    UserAccounts accounts;

    @Autowired
    AssessmentRounds rounds;

    @Autowired
    Scoresheets scoresheets;

    long analyst;
    long viewer;

    @BeforeEach
    void demoAccounts() {
        analyst = accounts.find("analyst").orElseThrow().id();
        viewer = accounts.find("viewer").orElseThrow().id();
    }

    @Test
    void administratorOpensARoundFromTheForm() {
        assertThat(page("admin", "/assessments/new")).contains("Open a self-assessment round")
                .contains("id=\"invite-analyst\"").contains("name=\"_csrf\"");

        MvcTestResult opened = mvc.post().uri("/assessments").with(user(users.loadUserByUsername("admin"))).with(csrf())
                .param("name", "Spring 2026").param("startsOn", "2026-03-01").param("endsOn", "2026-03-15")
                .param("invitees", String.valueOf(analyst), String.valueOf(viewer)).exchange();

        assertThat(opened).hasStatus3xxRedirection();
        long id = Long.parseLong(opened.getResponse().getRedirectedUrl().replace("/assessments/", ""));
        AssessmentRound round = rounds.get(id);
        assertThat(round.name()).isEqualTo("Spring 2026");
        assertThat(round.openedBy()).isEqualTo("admin");
        assertThat(rounds.invitees(id)).extracting(Invitee::username).containsExactlyInAnyOrder("analyst", "viewer");
        assertThat(page("analyst", "/assessments")).contains("Score the drivers for Spring 2026");
    }

    @Test
    void openingFormWithoutInviteesOrWithReversedDatesShowsErrorsNextToTheFields() {
        MvcTestResult refused = mvc.post().uri("/assessments").with(user(users.loadUserByUsername("admin"))).with(csrf())
                .param("name", " ").param("startsOn", "2026-03-15").param("endsOn", "2026-03-01").exchange();

        assertThat(refused).hasStatus(400).bodyText()
                .contains("<p class=\"field-error\" id=\"name-error\">Name the round")
                .contains("<p class=\"field-error\" id=\"endsOn-error\">The last day cannot be before the first day.</p>")
                .contains("<p class=\"field-error\" id=\"invitees-error\">Invite at least one colleague to score.</p>");
    }

    @Test
    void administratorInvitesAnotherColleagueWhoCanThenScore() {
        long id = openRound("Invite more", analyst);
        assertThat(page("admin", "/assessments/" + id)).contains("id=\"invite-form\"").contains("id=\"invite-viewer\"")
                .doesNotContain("id=\"invite-analyst\"");

        assertThat(mvc.post().uri("/assessments/" + id + "/invitations").with(user(users.loadUserByUsername("admin")))
                .with(csrf()).param("invitees", String.valueOf(viewer)))
                .hasStatus3xxRedirection().hasRedirectedUrl("/assessments/" + id);

        assertThat(rounds.invitees(id)).extracting(Invitee::username).containsExactlyInAnyOrder("analyst", "viewer");
        assertThat(scoreAll("viewer", id, "4")).hasStatus3xxRedirection();
        assertThat(page("viewer", "/assessments")).doesNotContain("Score the drivers for Invite more")
                .contains("Change your scores for Invite more");
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "viewer"})
    void onlyAdministratorsOpenInviteToAndCloseRounds(String username) {
        long id = openRound("Only admins", analyst);

        assertThat(mvc.get().uri("/assessments/new").with(user(users.loadUserByUsername(username)))).hasStatus(403);
        assertThat(mvc.post().uri("/assessments").with(user(users.loadUserByUsername(username))).with(csrf())
                .param("name", "Mine").param("startsOn", "2026-03-01").param("endsOn", "2026-03-15")
                .param("invitees", String.valueOf(analyst))).hasStatus(403);
        assertThat(mvc.post().uri("/assessments/" + id + "/invitations").with(user(users.loadUserByUsername(username)))
                .with(csrf()).param("invitees", String.valueOf(viewer))).hasStatus(403);
        assertThat(mvc.post().uri("/assessments/" + id + "/close").with(user(users.loadUserByUsername(username)))
                .with(csrf())).hasStatus(403);
        assertThat(rounds.get(id).isOpen()).isTrue();
        assertThat(rounds.invitees(id)).extracting(Invitee::username).containsExactly("analyst");
        assertThat(page(username, "/assessments")).doesNotContain("Open a round");
    }

    @Test
    void administratorClosesARoundAndItTakesNoMoreScores() {
        long id = openRound("To close", analyst);

        assertThat(mvc.post().uri("/assessments/" + id + "/close").with(user(users.loadUserByUsername("admin")))
                .with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/assessments/" + id);

        assertThat(rounds.get(id).isOpen()).isFalse();
        assertThat(page("admin", "/assessments/" + id)).contains("these results are final").doesNotContain("Close the round");
        assertThat(mvc.get().uri("/assessments/" + id + "/scoresheet").with(user(users.loadUserByUsername("analyst"))))
                .hasStatus3xxRedirection().hasRedirectedUrl("/assessments/" + id);
        MvcTestResult late = scoreAll("analyst", id, "2");
        assertThat(late).hasStatus(409).bodyText().contains("This round is closed");
        assertThat(scoresheets.raterScores(id)).isEmpty();
    }

    @Test
    void invitedPersonScoresAndTheResultsShowTheAggregates() {
        long id = openRound("Scored", analyst, viewer);
        assertThat(page("analyst", "/assessments/" + id + "/scoresheet"))
                .contains(KeyDriver.ORGANIZED_TEAMS.statement()).contains("id=\"score-ORGANIZED_TEAMS-5\"");

        assertThat(scoreAll("analyst", id, "2")).hasStatus3xxRedirection().hasRedirectedUrl("/assessments/" + id);
        assertThat(scoreAll("viewer", id, "3")).hasStatus3xxRedirection();

        assertThat(page("viewer", "/assessments/" + id))
                .contains("2 of 2 invited")
                .containsPattern("id=\"aggregate-ORGANIZED_TEAMS\">\\s*<th scope=\"row\">[^<]+</th>\\s*"
                        + "<td class=\"number\">2.5</td>\\s*<td class=\"number\">2.5</td>\\s*"
                        + "<td class=\"number\">2–3</td>\\s*<td class=\"number\">2</td>\\s*<td>Priority</td>")
                .contains("id=\"priority-ROOT_CAUSE_ANALYSIS\"")
                .contains("Opportunity 4: Analyze and identify root causes of identified inequities");
    }

    @Test
    void viewerSeesAggregatesButNeverIndividualScoresOrNotes() {
        long id = openRound("Private scores", analyst, viewer);
        scoresheets.handIn(id, "analyst", sheet(1, "Only admins may read this note"));
        scoresheets.handIn(id, "viewer", sheet(5, null));

        String viewerPage = page("viewer", "/assessments/" + id);
        assertThat(viewerPage).contains("id=\"aggregates\"").contains("1–5")
                .doesNotContain("Individual scores").doesNotContain("Only admins may read this note")
                .doesNotContain("Demo analyst").doesNotContain("rated-scores");
        assertThat(page("analyst", "/assessments/" + id)).doesNotContain("Only admins may read this note");

        assertThat(page("admin", "/assessments/" + id)).contains("Individual scores")
                .contains("Only admins may read this note").contains("<td>Demo analyst</td>");
    }

    @Test
    void personNotInvitedCannotSeeOrHandInAScoresheet() {
        long id = openRound("Invitation only", analyst);

        assertThat(mvc.get().uri("/assessments/" + id + "/scoresheet").with(user(users.loadUserByUsername("viewer"))))
                .hasStatus(403);
        assertThat(scoreAll("viewer", id, "4")).hasStatus(403);
        assertThat(scoreAll("admin", id, "4")).hasStatus(403);
        assertThat(scoresheets.raterScores(id)).isEmpty();
        assertThat(page("viewer", "/assessments/" + id)).doesNotContain("score-link");
    }

    @Test
    void scoresheetWithAMissingScoreIsRefusedWithTheErrorNextToThatDriver() {
        long id = openRound("Incomplete", analyst);

        var params = scores("3");
        params.remove("entries[" + KeyDriver.ROOT_CAUSE_ANALYSIS.ordinal() + "].score");
        MvcTestResult refused = mvc.post().uri("/assessments/" + id + "/scoresheet")
                .with(user(users.loadUserByUsername("analyst"))).with(csrf()).params(params).exchange();

        assertThat(refused).hasStatus(400).bodyText()
                .containsOnlyOnce("Choose a score from 1 (poorly developed) to 5 (well developed).")
                .containsPattern("id=\"score-ROOT_CAUSE_ANALYSIS\"[\\s\\S]*Choose a score[\\s\\S]*id=\"score-CO_DESIGNED_EFFORTS\"")
                .contains("id=\"score-ROOT_CAUSE_ANALYSIS-1\" aria-invalid=\"true\" aria-describedby=\"score-error-ROOT_CAUSE_ANALYSIS\"")
                // What the person did choose is kept.
                .contains("id=\"score-ORGANIZED_TEAMS-3\" checked=\"checked\"");
        assertThat(scoresheets.raterScores(id)).isEmpty();
    }

    @Test
    void scoresheetWithoutEveryDriverIsRefusedNamingHowManyThereAre() {
        long id = openRound("Short", analyst);

        var params = scores("3");
        int last = KeyDriver.values().length - 1;
        params.remove("entries[" + last + "].score");
        params.remove("entries[" + last + "].note");
        MvcTestResult refused = mvc.post().uri("/assessments/" + id + "/scoresheet")
                .with(user(users.loadUserByUsername("analyst"))).with(csrf()).params(params).exchange();

        assertThat(refused).hasStatus(400).bodyText().containsOnlyOnce("Score each of the 9 key drivers.");
        assertThat(scoresheets.raterScores(id)).isEmpty();
    }

    @Test
    void roundsPageComparesMeanScoresOverTime() {
        long first = openRound("Earlier round", analyst, viewer);
        scoresheets.handIn(first, "analyst", sheet(2, null));
        scoresheets.handIn(first, "viewer", sheet(2, null));
        long second = openRound("Later round", analyst, viewer);
        scoresheets.handIn(second, "analyst", sheet(4, null));
        scoresheets.handIn(second, "viewer", sheet(4, null));
        long single = openRound("Round with one rater", analyst, viewer);
        scoresheets.handIn(single, "analyst", sheet(3, null));

        assertThat(page("viewer", "/assessments")).contains("Mean scores over time")
                .containsPattern("Earlier round</th>[\\s\\S]*Later round</th>")
                .contains("width: 40.0%").contains("width: 80.0%")
                .doesNotContain("Round with one rater</th>");
    }

    @Test
    void aggregatesOfASingleRaterAreShownOnlyToAdministrators() {
        long id = openRound("One rater so far", analyst, viewer);
        scoresheets.handIn(id, "analyst", sheet(2, null));

        assertThat(page("viewer", "/assessments/" + id)).contains("id=\"too-few-raters\"")
                .doesNotContain("id=\"aggregates\"").doesNotContain("id=\"priorities\"");
        assertThat(page("admin", "/assessments/" + id)).doesNotContain("id=\"too-few-raters\"")
                .contains("id=\"aggregates\"").contains("id=\"rated-scores\"");
    }

    @Test
    void unknownRoundIsNotFound() {
        assertThat(mvc.get().uri("/assessments/987654").with(user(users.loadUserByUsername("viewer")))).hasStatus(404);
    }

    private long openRound(String name, long... invitees) {
        return rounds.open(name, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15),
                java.util.Arrays.stream(invitees).boxed().toList(), "admin").id();
    }

    /** Every driver scored {@code score}, except root-cause analysis, scored 1. */
    private MvcTestResult scoreAll(String username, long id, String score) {
        return mvc.post().uri("/assessments/" + id + "/scoresheet").with(user(users.loadUserByUsername(username)))
                .with(csrf()).params(scores(score)).exchange();
    }

    private static org.springframework.util.MultiValueMap<String, String> scores(String score) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        for (KeyDriver driver : KeyDriver.values()) {
            String given = driver == KeyDriver.ROOT_CAUSE_ANALYSIS ? "1" : score;
            params.add("entries[" + driver.ordinal() + "].score", given);
            params.add("entries[" + driver.ordinal() + "].note", "");
        }
        return params;
    }

    private static List<DriverScore> sheet(int score, String note) {
        return java.util.Arrays.stream(KeyDriver.values()).map(driver -> new DriverScore(driver, score, note)).toList();
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
