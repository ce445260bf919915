package org.stratum.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stratum.app.EmptyWarehouse;
import org.stratum.app.annotations.ChartAnnotation;
import org.stratum.app.annotations.ChartAnnotations;
import org.stratum.app.workflow.cycles.CyclePlan;
import org.stratum.app.workflow.cycles.ImprovementCycle;
import org.stratum.app.workflow.cycles.ImprovementCycles;
import org.stratum.app.workflow.efforts.EffortPlan;
import org.stratum.app.workflow.efforts.EquityAim;
import org.stratum.app.workflow.efforts.ImprovementEffort;
import org.stratum.app.workflow.efforts.ImprovementEfforts;
import org.stratum.app.workflow.pdsa.PdsaCycle;
import org.stratum.app.workflow.pdsa.PdsaCycles;
import org.stratum.app.workflow.pdsa.PdsaPlan;
import org.stratum.app.workflow.pdsa.PdsaStage;
import org.stratum.core.toolkit.Opportunity;
import org.stratum.engine.equity.StratifyingDimension;

/**
 * Improvement cycles, efforts, co-design sessions, PDSA cycles and foundations discussions through
 * the real web layer, security chain and an H2 workflow store: who may write, what a wrong field
 * says, and what the second of two people saving the same record is told.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(EmptyWarehouse.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // the store lives in this class's @TempDir
class ImprovementControllerTests {

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
    ImprovementCycles cycles;

    @Autowired
    ImprovementEfforts efforts;

    @Autowired
    PdsaCycles pdsa;

    @Autowired
    List<ChartAnnotations> annotations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void analystStartsACycleFromTheFormAndEveryoneReadsIt() {
        assertThat(page("analyst", "/cycles/new")).contains("Start a cycle").contains("name=\"_csrf\"")
                .contains("5. Identify and co-design improvement efforts");

        MvcTestResult started = post("analyst", "/cycles", "name", "Blood pressure, spring", "opportunity", "CO_DESIGN",
                "startsOn", "2026-01-05", "endsOn", "2026-06-05", "notes", "Site B first");

        assertThat(started).hasStatus3xxRedirection();
        long id = Long.parseLong(started.getResponse().getRedirectedUrl().replace("/cycles/", ""));
        ImprovementCycle cycle = cycles.get(id);
        assertThat(cycle.changed().createdBy()).isEqualTo("analyst");
        assertThat(page("viewer", "/cycles/" + id)).contains("Blood pressure, spring")
                .contains("Ability to co-design equity-focused improvement efforts that address root causes")
                .doesNotContain("id=\"add-effort\"").doesNotContain("id=\"edit-cycle\"");
        assertThat(page("viewer", "/cycles")).contains("Blood pressure, spring").doesNotContain("id=\"start-cycle\"");
    }

    @Test
    void cycleFormWithBlankNameAndReversedDatesShowsErrorsNextToTheFields() {
        MvcTestResult refused = post("admin", "/cycles", "name", " ", "startsOn", "2026-06-05", "endsOn", "2026-01-05");

        assertThat(refused).hasStatus(400).bodyText()
                .contains("<p class=\"field-error\" id=\"name-error\">Name the cycle")
                .contains("<p class=\"field-error\" id=\"opportunity-error\">Choose the opportunity the cycle pursues.</p>")
                .contains("<p class=\"field-error\" id=\"endsOn-error\">The last day cannot be before the first day.</p>")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void viewersReadButWriteNothing() {
        ImprovementEffort effort = effort("Viewer cannot touch");
        long cycle = effort.cycleId();
        PdsaCycle planned = pdsa.plan(effort.id(), new PdsaPlan("Calls", "More return", null, LocalDate.of(2026, 2, 1),
                false), "admin");

        assertThat(mvc.get().uri("/cycles/new").with(user(users.loadUserByUsername("viewer")))).hasStatus(403);
        assertThat(post("viewer", "/cycles", "name", "Mine", "opportunity", "MONITOR", "startsOn", "2026-01-01",
                "endsOn", "2026-05-01")).hasStatus(403);
        assertThat(post("viewer", "/cycles/" + cycle + "/efforts", "title", "x")).hasStatus(403);
        assertThat(post("viewer", "/efforts/" + effort.id() + "/sessions", "heldOn", "2026-01-10", "participants", "p",
                "heard", "h", "decided", "d")).hasStatus(403);
        assertThat(post("viewer", "/pdsa/" + planned.id() + "/do", "startsOn", "2026-02-01", "endsOn", "2026-03-01",
                "version", "0")).hasStatus(403);
        assertThat(post("viewer", "/foundations", "heldOn", "2026-01-10", "participants", "p", "reflections", "r"))
                .hasStatus(403);

        assertThat(pdsa.get(planned.id()).stage()).isEqualTo(PdsaStage.DOING);
        assertThat(page("viewer", "/efforts/" + effort.id())).contains("Viewer cannot touch")
                .doesNotContain("id=\"session-form\"").doesNotContain("id=\"plan-pdsa\"");
        assertThat(page("viewer", "/pdsa/" + planned.id())).contains("Calls").doesNotContain("id=\"do-form\"");
    }

    @Test
    void effortWithAnUnknownMeasureOrAPercentageOver100IsRefusedNextToTheField() {
        long cycle = cycles.start(plan("Effort checks"), "admin").id();

        MvcTestResult refused = post("analyst", "/cycles/" + cycle + "/efforts", "title", "Calls", "measureId",
                "no-such-measure", "dimension", "language", "stratum", "Spanish", "targetPercent", "130",
                "targetDate", "2026-06-30");

        assertThat(refused).hasStatus(400).bodyText()
                .contains("<p class=\"field-error\" id=\"measureId-error\">There is no measure &#39;no-such-measure&#39; in the library.</p>")
                .contains("<p class=\"field-error\" id=\"targetPercent-error\">A percentage is between 0 and 100.</p>");
        assertThat(efforts.forCycle(cycle)).isEmpty();

        MvcTestResult added = post("analyst", "/cycles/" + cycle + "/efforts", "title", "Calls", "measureId",
                "controlling-high-blood-pressure", "dimension", "language", "stratum", "Spanish", "baselinePercent", "52",
                "targetPercent", "65", "targetDate", "2026-06-30", "stakeholders", "Patient advisory council");
        assertThat(added).hasStatus3xxRedirection();
        assertThat(page("viewer", added.getResponse().getRedirectedUrl())).containsPattern(
                "id=\"equity-aim\">Raise CMS\\d+ Controlling High Blood Pressure[^<]* for Spanish \\(preferred language\\)"
                        + " from 52% to 65% by 2026-06-30<");
    }

    @Test
    void secondPersonSavingAnOldVersionIsToldAndKeepsWhatTheyTyped() {
        long id = cycles.start(plan("Shared cycle"), "admin").id();
        assertThat(page("analyst", "/cycles/" + id + "/edit")).contains("name=\"version\" value=\"0\"");

        assertThat(post("admin", "/cycles/" + id, "name", "Admin's name", "opportunity", "CO_DESIGN", "startsOn",
                "2026-01-05", "endsOn", "2026-06-05", "version", "0")).hasStatus3xxRedirection();
        MvcTestResult late = post("analyst", "/cycles/" + id, "name", "Analyst's name", "opportunity", "MONITOR",
                "startsOn", "2026-01-05", "endsOn", "2026-06-05", "version", "0");

        assertThat(late).hasStatus(409).bodyText().contains("id=\"edit-conflict\"")
                .contains("Someone else changed this improvement cycle").contains("value=\"Analyst&#39;s name\"");
        assertThat(cycles.get(id).name()).isEqualTo("Admin's name");
        assertThat(cycles.get(id).changed().changedBy()).isEqualTo("admin");
    }

    @Test
    void pdsaPhasesSayWhatIsMissingAndRefuseAStaleVersion() {
        ImprovementEffort effort = effort("PDSA phases");
        MvcTestResult blankPlan = post("analyst", "/efforts/" + effort.id() + "/pdsa", "startsOn", "2026-02-01");
        assertThat(blankPlan).hasStatus(400).bodyText()
                .contains("<p class=\"field-error\" id=\"changeTested-error\">Say what change is tested.</p>")
                .contains("<p class=\"field-error\" id=\"prediction-error\">Say what you predict will happen.</p>");

        MvcTestResult planned = post("analyst", "/efforts/" + effort.id() + "/pdsa", "changeTested", "Evening calls",
                "prediction", "More patients return", "startsOn", "2026-02-01", "startsNewPhase", "true");
        assertThat(planned).hasStatus3xxRedirection();
        long id = Long.parseLong(planned.getResponse().getRedirectedUrl().replace("/pdsa/", ""));

        assertThat(post("analyst", "/pdsa/" + id + "/do", "startsOn", "2026-02-01", "version", "0")).hasStatus(400)
                .bodyText().contains("<p class=\"field-error\" id=\"endsOn-error\">Give the last day the change ran.</p>");
        assertThat(post("admin", "/pdsa/" + id + "/do", "startsOn", "2026-02-01", "endsOn", "2026-03-01",
                "startsNewPhase", "true", "notes", "40 calls", "version", "0")).hasStatus3xxRedirection();
        assertThat(post("analyst", "/pdsa/" + id + "/do", "startsOn", "2026-02-03", "endsOn", "2026-03-09",
                "version", "0")).hasStatus(409).bodyText().contains("Someone else changed this PDSA cycle");
        assertThat(pdsa.get(id).endsOn()).isEqualTo(LocalDate.of(2026, 3, 1));

        assertThat(page("viewer", "/pdsa/" + id)).contains("id=\"study-note\"")
                .contains("No warehouse is open, so there are no measure results to study.");
        assertThat(post("analyst", "/pdsa/" + id + "/study", "notes", " ", "version", "1")).hasStatus(400).bodyText()
                .contains("id=\"notes-error\"");
        assertThat(post("analyst", "/pdsa/" + id + "/study", "notes", "Returns rose", "version", "1"))
                .hasStatus3xxRedirection();
        assertThat(post("analyst", "/pdsa/" + id + "/act", "decision", "keep", "version", "2")).hasStatus(400)
                .bodyText().contains("Choose to adopt, adapt or abandon the change.");
        assertThat(post("analyst", "/pdsa/" + id + "/act", "decision", "adapt", "version", "2"))
                .hasStatus3xxRedirection();
        assertThat(pdsa.get(id).stage()).isEqualTo(PdsaStage.DECIDED);

        assertThat(annotations).flatExtracting(a -> a.forMeasure("controlling-high-blood-pressure"))
                .contains(new ChartAnnotation("controlling-high-blood-pressure", "language", "Spanish",
                        LocalDate.of(2026, 2, 1), "PDSA: Evening calls", "/pdsa/" + id, true));
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE subject = ? ORDER BY id").param("pdsa_cycle/" + id)
                .query(String.class).list()).containsExactly("pdsa.plan", "pdsa.do", "pdsa.study", "pdsa.act");
    }

    @Test
    void sessionAndDiscussionFormsShowWhatIsMissingAndRecordWhenComplete() {
        ImprovementEffort effort = effort("Sessions");
        assertThat(post("analyst", "/efforts/" + effort.id() + "/sessions", "heldOn", "2026-01-10")).hasStatus(400)
                .bodyText().contains("id=\"participants-error\"").contains("id=\"heard-error\"").contains("id=\"decided-error\"");
        assertThat(post("analyst", "/efforts/" + effort.id() + "/sessions", "heldOn", "2026-01-10", "participants",
                "Six patients", "heard", "Evening calls", "decided", "Call after 6 pm")).hasStatus3xxRedirection();
        assertThat(page("viewer", "/efforts/" + effort.id())).contains("Six patients").contains("Call after 6 pm");

        assertThat(post("analyst", "/foundations", "heldOn", "2026-01-12")).hasStatus(400).bodyText()
                .contains("id=\"reflections-error\"");
        assertThat(post("analyst", "/foundations", "heldOn", "2026-01-12", "participants", "QI team, patient partners",
                "reflections", "Trust shapes who answers", "efforts", String.valueOf(effort.id())))
                .hasStatus3xxRedirection();
        assertThat(page("viewer", "/foundations")).contains("Trust shapes who answers").contains(">Sessions</a>");
    }

    @Test
    void homePageShowsWhatIsDue() {
        ImprovementEffort effort = effort("Due on the home page");
        long id = pdsa.plan(effort.id(), new PdsaPlan("Texts", "p", null, LocalDate.now().minusDays(40), false), "admin").id();
        pdsa.recordDo(id, 0, LocalDate.now().minusDays(40), LocalDate.now().minusDays(10), false, null, "admin");

        assertThat(page("viewer", "/")).contains("id=\"what-is-due\"")
                .contains("Study the PDSA cycle &quot;Texts&quot;").contains("href=\"/pdsa/" + id + "\"")
                .contains("Discuss how the foundations inform the improvement work");
    }

    @Test
    void teamPageShowsCompositionToEveryoneAndLivedExperienceOnlyToEditors() {
        MvcTestResult refused = post("analyst", "/teams", "name", " ");
        assertThat(refused).hasStatus(400).bodyText().contains("<p class=\"field-error\" id=\"name-error\">Name the team");
        MvcTestResult created = post("analyst", "/teams", "name", "Site B team", "charter", "Close the gap");
        assertThat(created).hasStatus3xxRedirection();
        String team = created.getResponse().getRedirectedUrl();

        assertThat(post("analyst", team + "/members", "name", "Maria Lopez")).hasStatus(400).bodyText()
                .contains("<p class=\"field-error\" id=\"role-error\">Choose the member&#39;s role on the team.</p>");
        assertThat(page("viewer", team)).contains("No patient or community partner on this team yet");
        assertThat(post("analyst", team + "/members", "name", "Maria Lopez", "role", "PATIENT_PARTNER",
                "livedExperience", "Spanish-speaking patient of Site B")).hasStatus3xxRedirection();
        assertThat(post("analyst", team + "/members", "name", "Dr Ana Ruiz", "role", "CLINICIAN"))
                .hasStatus3xxRedirection();

        assertThat(page("viewer", team)).contains("1 of the 2 members are patient or community partners.")
                .contains("1 of the 2 members chose to note lived experience").contains("Maria Lopez")
                .doesNotContain("Spanish-speaking patient of Site B").doesNotContain("id=\"member-form\"");
        assertThat(page("analyst", team)).contains("Spanish-speaking patient of Site B");
        assertThat(post("viewer", team + "/members", "name", "Me", "role", "CLINICIAN")).hasStatus(403);
        assertThat(post("viewer", team + "/meetings", "heldOn", "2026-01-05", "attendees", "a", "notes", "n"))
                .hasStatus(403);
        assertThat(page("viewer", "/teams")).contains("Site B team").contains("Yes (1)");
    }

    @Test
    void teamCharterSavedFromAStaleFormIsRefusedWithAMessage() {
        MvcTestResult created = post("admin", "/teams", "name", "Charter team", "charter", "First");
        String team = created.getResponse().getRedirectedUrl();

        assertThat(post("admin", team, "name", "Charter team", "charter", "Admin's charter", "version", "0"))
                .hasStatus3xxRedirection();
        assertThat(post("analyst", team, "name", "Charter team", "charter", "Analyst's charter", "version", "0"))
                .hasStatus(409).bodyText().contains("Someone else changed this team");
        assertThat(page("viewer", team)).contains("Admin&#39;s charter");
    }

    private ImprovementEffort effort(String title) {
        long cycle = cycles.start(plan("Cycle for " + title), "admin").id();
        return efforts.add(cycle, new EffortPlan(title, new EquityAim("controlling-high-blood-pressure",
                StratifyingDimension.LANGUAGE, "Spanish", null, new BigDecimal("65"), LocalDate.of(2026, 6, 30)), null,
                null), "admin");
    }

    private static CyclePlan plan(String name) {
        return new CyclePlan(name, Opportunity.CO_DESIGN, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 5), null);
    }

    private MvcTestResult post(String username, String uri, String... parameters) {
        var request = mvc.post().uri(uri).with(user(users.loadUserByUsername(username))).with(csrf());
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.param(parameters[i], parameters[i + 1]);
        }
        return request.exchange();
    }

    private String page(String username, String uri) {
        try {
            return mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
