package org.stratum.app.web.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stratum.app.security.UserAccounts;
import org.stratum.app.workflow.assessment.AssessmentRound;
import org.stratum.app.workflow.assessment.AssessmentRounds;
import org.stratum.app.workflow.assessment.DriverScore;
import org.stratum.app.workflow.assessment.Scoresheets;
import org.stratum.app.workflow.record.Stamp;
import org.stratum.app.workflow.rootcause.Evidence;
import org.stratum.app.workflow.rootcause.Fishbone;
import org.stratum.app.workflow.rootcause.Participant;
import org.stratum.app.workflow.rootcause.Perspective;
import org.stratum.app.workflow.rootcause.RootCauseAnalyses;
import org.stratum.app.workflow.rootcause.RootCauseAnalysis;
import org.stratum.app.workflow.transformation.ActionKind;
import org.stratum.app.workflow.transformation.ActionStatus;
import org.stratum.app.workflow.transformation.Barrier;
import org.stratum.app.workflow.transformation.BarrierKind;
import org.stratum.app.workflow.transformation.BarrierLevel;
import org.stratum.app.workflow.transformation.BarrierStatus;
import org.stratum.app.workflow.transformation.Barriers;
import org.stratum.app.workflow.transformation.CommunityPartner;
import org.stratum.app.workflow.transformation.CommunityPartners;
import org.stratum.app.workflow.transformation.InstitutionalAction;
import org.stratum.app.workflow.transformation.InstitutionalActions;
import org.stratum.app.workflow.cycles.CyclePlan;
import org.stratum.app.workflow.cycles.ImprovementCycles;
import org.stratum.app.workflow.efforts.EffortPlan;
import org.stratum.app.workflow.efforts.EquityAim;
import org.stratum.app.workflow.efforts.ImprovementEfforts;
import org.stratum.app.workflow.pdsa.PdsaCycle;
import org.stratum.app.workflow.pdsa.PdsaCycles;
import org.stratum.app.workflow.pdsa.PdsaPlan;
import org.stratum.core.toolkit.KeyDriver;
import org.stratum.core.toolkit.Opportunity;
import org.stratum.engine.equity.StratifyingDimension;

/**
 * The equity report over the measured synthetic warehouse (it shares the measure pages' application)
 * with a scored self-assessment round, a root-cause analysis and the transformation records: the PDF
 * renders (pdftoppm draws its first page), holds every section, never shows a count of 1 to 10 where
 * counts are, and the community version leaves out the rates by site.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EquityReportTests extends MeasuredPages {
    private static final String REPORT = "/report/equity?start=2025-01-01&end=2025-12-31&audience=";
    private static final Pattern COUNT_CELL = Pattern.compile("<td class=\"number (eligible|patients-to-equity)\">([^<]*)</td>");

    @TempDir
    Path temp;

    @Autowired
    AssessmentRounds rounds;
    @Autowired
    Scoresheets scoresheets;
    @Autowired
    UserAccounts accounts;
    @Autowired
    RootCauseAnalyses analyses;
    @Autowired
    Barriers barriers;
    @Autowired
    InstitutionalActions actions;
    @Autowired
    CommunityPartners partners;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ImprovementCycles cycles;
    @Autowired
    ImprovementEfforts efforts;
    @Autowired
    PdsaCycles pdsa;

    @BeforeAll
    void workflowRecordsOf2025() {
        List<Long> raters = accounts.list().stream().filter(a -> !a.username().equals("admin")).map(a -> a.id()).toList();
        AssessmentRound round = rounds.open("Autumn 2025", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 15), raters, "admin");
        scoresheets.handIn(round.id(), "analyst", List.of(new DriverScore(KeyDriver.ROOT_CAUSE_ANALYSIS, 2, "Not yet")));
        scoresheets.handIn(round.id(), "viewer", List.of(new DriverScore(KeyDriver.ROOT_CAUSE_ANALYSIS, 3, null)));
        rounds.close(round.id(), "admin");
        analyses.create(new RootCauseAnalysis(null, "Why blood pressure is controlled less often", "A gap by race.",
                new Fishbone(null, "Follow-up only by phone", null, null, null, null), List.of("Visits missed"),
                "Booking outside work hours", List.of(new Evidence("Blood pressure by race", "/measures")),
                List.of(new Participant("Ana", Perspective.PATIENT)), Stamp.NEW), "analyst");
        barriers.create(new Barrier(null, BarrierKind.BARRIER, "Interpreter budget runs out", null, "Site team",
                BarrierLevel.ORGANISATION, "Finance director", BarrierStatus.ESCALATED, Stamp.NEW), "analyst");
        actions.create(new InstitutionalAction(null, ActionKind.BUDGET, "Interpreter budget for the full year", null, "CFO",
                ActionStatus.PLANNED, Stamp.NEW), "admin");
        partners.create(new CommunityPartner(null, "Eastside Health Ministry", null, "Blood-pressure checks after service",
                Stamp.NEW), "admin");
        long cycle = cycles.start(new CyclePlan("Blood pressure, autumn 2025", Opportunity.CO_DESIGN,
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 31), null), "analyst").id();
        long spanish = efforts.add(cycle, new EffortPlan("Calls in Spanish after a high reading",
                new EquityAim("controlling-high-blood-pressure", StratifyingDimension.LANGUAGE, "Spanish (es)", null, new java.math.BigDecimal("70"),
                        LocalDate.of(2026, 6, 30)), "Promotoras", null), "analyst").id();
        PdsaCycle calls = pdsa.plan(spanish, new PdsaPlan("Evening calls by a Spanish-speaking nurse", "More come back",
                null, LocalDate.of(2025, 11, 1), false), "analyst");
        pdsa.recordDo(calls.id(), calls.changed().version(), LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30), false,
                "Ran for a month", "analyst");
        efforts.add(cycle, new EffortPlan("Walk-in blood-pressure checks at one site",
                new EquityAim("controlling-high-blood-pressure", StratifyingDimension.SITE, "Harbor", null, new java.math.BigDecimal("75"),
                        LocalDate.of(2026, 6, 30)), null, null), "analyst");
    }

    @Test
    void effortsShowTheirAimsAndEachRunPdsaCycleBeforeAndAfter() throws Exception {
        String html = new String(report("LEADERSHIP", "HTML"), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(html).contains("Improvement efforts and PDSA cycles", "Calls in Spanish after a high reading",
                "for Spanish (es)", "Evening calls by a Spanish-speaking nurse", "2025-11-01 to 2025-11-30",
                "for Harbor (site)");
        Matcher study = Pattern.compile("Evening calls by a Spanish-speaking nurse</td>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(study.find()).isTrue();
        assertThat(study.group(1)).as("before and after cells").containsPattern("(?s)(\\d+\\.\\d% \\(|hidden \\(small numbers\\)).*(\\d+\\.\\d% \\(|hidden \\(small numbers\\))");
    }

    @Test
    void communityVersionDoesNotNameTheSiteAnEffortIsAbout() throws Exception {
        String html = new String(report("COMMUNITY", "HTML"), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(html).contains("Walk-in blood-pressure checks at one site", "for one site").doesNotContain("for Harbor");
    }

    @Test
    void leadershipPdfRendersWithEverySection() throws Exception {
        byte[] pdf = report("LEADERSHIP", "PDF");
        Path file = Files.write(temp.resolve("leadership.pdf"), pdf);

        assertThat(firstPageImage(file)).isNotEmptyFile();
        String text = text(pdf);
        assertThat(text).contains("Equity report", "Key drivers: scores and priorities", "Autumn 2025",
                "Stratified measures with the largest gaps", "Patients to equity", "Root causes",
                "Why blood pressure is controlled less often", "Booking outside work hours",
                "Barriers, institutional actions and community partners", "Interpreter budget runs out", "Finance director",
                "Interpreter budget for the full year", "Eastside Health Ministry", "Rates by site");
        assertThat(text).doesNotContainPattern("\\b([1-9]|10) (patients|eligible)\\b");
    }

    @Test
    void noCountOfOneToTenWhereTheReportShowsCounts() throws Exception {
        String html = new String(report("LEADERSHIP", "HTML"), java.nio.charset.StandardCharsets.UTF_8);

        Matcher cells = COUNT_CELL.matcher(html);
        int shown = 0;
        while (cells.find()) {
            String cell = cells.group(2).trim();
            if (cell.matches("[\\d,]+")) {
                assertThat(Long.parseLong(cell.replace(",", ""))).as(cells.group(0)).isGreaterThanOrEqualTo(11);
                shown++;
            } else {
                assertThat(cell).as(cells.group(0)).isIn("—", "fewer than 11");
            }
        }
        assertThat(shown).isGreaterThanOrEqualTo(3);
        assertThat(html).contains("Measured over 2025-01-01/2025-12-31").contains("<table class=\"by-site\">");
    }

    @Test
    void communityVersionLeavesOutSitesAndClinicians() throws Exception {
        String text = text(report("COMMUNITY", "PDF"));

        assertThat(text).contains("This community version leaves out detail by site and by clinician.",
                "Stratified measures with the largest gaps", "Interpreter budget runs out");
        assertThat(text).doesNotContain("Rates by site");
        String html = new String(report("COMMUNITY", "HTML"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("class=\"by-site\"").contains("id=\"largest-gaps\"");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedBesideTheField() throws Exception {
        MvcTestResult refused = mvc.get().uri("/report/equity?start=2025-12-31&end=2025-01-01&audience=LEADERSHIP&format=PDF")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(userDetails.loadUserByUsername("viewer"))).exchange();

        assertThat(refused).hasStatus(400);
        assertThat(refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("<p class=\"field-error\" id=\"end-error\">The last day must not be before the first day.</p>");
    }

    private byte[] report(String audience, String format) {
        MvcTestResult result = get("viewer", REPORT + audience + "&format=" + format);
        assertThat(result).hasStatusOk().hasContentType(format.equals("PDF") ? "application/pdf" : "text/html;charset=UTF-8");
        return result.getResponse().getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The first page drawn as PNG by poppler's pdftoppm, as a reader's viewer would draw it. */
    private Path firstPageImage(Path pdf) throws Exception {
        Process pdftoppm = new ProcessBuilder("pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", pdf.toString(),
                temp.resolve("page").toString()).redirectErrorStream(true).start();
        String output = new String(pdftoppm.getInputStream().readAllBytes());
        assertThat(pdftoppm.waitFor()).as(output).isZero();
        try (Stream<Path> files = Files.list(temp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("page") && p.toString().endsWith(".png"))
                    .findFirst().orElseThrow();
        }
    }
}
