package org.stratum.app.web.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stratum.app.OpenWarehouse;
import org.stratum.engine.warehouse.LedgerEntry;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Uploading and importing from the Data page, through the real security chain into a real DuckDB
 * warehouse and a real H2 workflow store, each in this class's temporary data directory.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({OpenWarehouse.class, HeldImports.class})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // the stores live in this class's @TempDir
class ImportControllerTests {

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
    Warehouse warehouse;

    @Autowired
    ImportJobs jobs;

    @Autowired
    HeldImports held;

    @Autowired
    JdbcClient workflowStore;

    /** Every test leaves no import running, whatever it asserted. */
    @AfterEach
    void importsHaveEnded() {
        awaitEnd();
    }

    @Test
    void analystImportsStratumCsvFilesAndTheHistoryShowsThem() {
        MvcTestResult upload = upload("analyst", Map.of("source", "clinic-csv"),
                TestFiles.file("patient.csv", TestFiles.PATIENTS_CSV), TestFiles.file("encounter.csv", TestFiles.ENCOUNTERS_CSV));

        assertThat(upload).hasStatus3xxRedirection().hasRedirectedUrl("/data");
        ImportJob job = awaitEnd();
        assertThat(job.state()).isEqualTo(ImportJob.State.FINISHED);
        String page = pageFor("analyst");
        assertThat(page).contains("Imported 5 rows from 2 files as source &#39;clinic-csv&#39;.")
                .containsPattern("<th scope=\"row\">patient</th>\\s*<td class=\"number\">3</td>");
        String row = DataControllerTests.historyRow(page, "clinic-csv");
        assertThat(row).contains("<td>stratum-csv</td>").contains("<td>analyst</td>")
                .contains("<span class=\"import__rows\">5</span>")
                .containsPattern("data-table=\"patient\">\\s*<span>patient</span>\\s*<span class=\"number\">3</span>")
                .containsPattern("data-table=\"encounter\">\\s*<span>encounter</span>\\s*<span class=\"number\">2</span>")
                .contains("<td class=\"number import__rejected\">0</td>")
                .contains("<span>patient.csv</span>").contains("<span>encounter.csv</span>");
        LedgerEntry entry = importOf("clinic-csv");
        assertThat(entry.importedBy()).isEqualTo("analyst");
        assertThat(entry.files()).allSatisfy(f -> assertThat(Path.of(f.path()))
                .startsWith(dataDir.resolve("uploads").toAbsolutePath()).isRegularFile());
        assertThat(Path.of(entry.files().get(0).path()).getParent().getFileName().toString()).matches("\\d{8}-\\d{6}-clinic-csv");
    }

    @Test
    void adminImportsAFhirNdjsonFile() {
        assertThat(upload("admin", Map.of("source", "clinic-fhir"), TestFiles.file("export.ndjson", TestFiles.FHIR_NDJSON)))
                .hasRedirectedUrl("/data");

        assertThat(awaitEnd().state()).isEqualTo(ImportJob.State.FINISHED);
        assertThat(importOf("clinic-fhir").rowsLoaded()).containsEntry("patient", 1L).containsEntry("encounter", 1L);
        assertThat(DataControllerTests.historyRow(pageFor("viewer"), "clinic-fhir"))
                .contains("<td>fhir</td>").contains("<td>admin</td>").contains("<span>export.ndjson</span>");
    }

    @Test
    void aBadRecordRefusesTheImportWithTheRejectOnThePageAndNothingStored() throws IOException {
        long patientsBefore = warehouse.summary().patients();

        upload("analyst", Map.of("source", "bad-extract"), TestFiles.file("patient.csv", TestFiles.BAD_PATIENTS_CSV));

        ImportJob job = awaitEnd();
        assertThat(job.state()).isEqualTo(ImportJob.State.REFUSED);
        assertThat(pageFor("analyst"))
                .contains("Nothing was imported: 1 record rejected.")
                .containsPattern("<li>patient.csv line 3[^<]*birth_date[^<]*yesterday[^<]*</li>")
                .contains("href=\"/data/imports/" + job.id() + "/rejects\"")
                .doesNotContain("data-source=\"bad-extract\"");
        assertThat(warehouse.imports()).extracting(LedgerEntry::source).doesNotContain("bad-extract");
        assertThat(warehouse.summary().patients()).isEqualTo(patientsBefore);
        assertThat(job.upload().folder()).doesNotExist();

        MvcTestResult download = mvc.get().uri("/data/imports/{id}/rejects", job.id())
                .with(user(users.loadUserByUsername("analyst"))).exchange();
        assertThat(download).hasStatusOk().hasContentType("text/csv;charset=UTF-8")
                .hasHeader("Content-Disposition", "attachment; filename=\"" + job.upload().folder().getFileName() + ".csv\"");
        assertThat(download.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .startsWith("file,line,entry,resource,field,reason").contains("patient.csv,3,");
        assertThat(auditActions("analyst")).contains("data.rejects.download");
    }

    @Test
    void aPartialImportLoadsTheValidRecordsAndListsTheFirstTwentyRejects() {
        StringBuilder export = new StringBuilder(TestFiles.PATIENT).append('\n');
        for (int i = 1; i <= 25; i++) {
            export.append("{\"resourceType\":\"Patient\",\"id\":\"bad").append(i).append("\",\"birthDate\":\"yesterday\"}\n");
        }

        upload("analyst", Map.of("source", "partial", "acceptPartial", "true"), TestFiles.file("patients.ndjson", export.toString()));

        ImportJob job = awaitEnd();
        assertThat(job.state()).isEqualTo(ImportJob.State.FINISHED);
        String page = pageFor("analyst");
        assertThat(page).contains("Imported 1 row from 1 file as source &#39;partial&#39;.")
                .contains("Rejected records (25)")
                .contains("… and 5 more.")
                .contains("href=\"/data/imports/" + job.id() + "/rejects\"");
        assertThat(page.split("<li>patients.ndjson line ", -1)).hasSize(21);
        assertThat(DataControllerTests.historyRow(page, "partial")).contains("<td class=\"number import__rejected\">25</td>");
        assertThat(importOf("partial").files()).allSatisfy(f -> assertThat(Path.of(f.path())).isRegularFile());
    }

    @Test
    void viewersSeeTheOutcomeButNotTheRejectedRecords() {
        upload("analyst", Map.of("source", "bad-again"), TestFiles.file("patient.csv", TestFiles.BAD_PATIENTS_CSV));
        awaitEnd();

        assertThat(pageFor("viewer")).contains("Nothing was imported: 1 record rejected.")
                .doesNotContain("yesterday").doesNotContain("/rejects\"");
    }

    @Test
    void aFileNameThatIsAPathIsRefusedAndNothingIsWritten() {
        MvcTestResult upload = upload("analyst", Map.of("source", "escape"), TestFiles.file("../../x.csv", "patient_id\np1\n"));

        assertThat(upload).hasStatus(400).bodyText().contains("&#39;../../x.csv&#39; is not a plain file name");
        assertThat(dataDir.resolve("uploads").toFile().list()).satisfiesAnyOf(
                folders -> assertThat(folders).isNull(), folders -> assertThat(folders).noneMatch(name -> name.endsWith("-escape")));
        try (Stream<Path> written = Files.walk(dataDir.getParent(), 3)) {
            assertThat(written.filter(p -> p.getFileName().toString().equals("x.csv"))).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(auditSubjects("data.upload")).noneMatch(s -> s.endsWith("-escape"));
    }

    @Test
    void theFormSaysWhatIsMissing() {
        MvcTestResult upload = mvc.post().uri("/data/imports").multipart().param("source", "").param("format", "auto")
                .with(csrf()).with(user(users.loadUserByUsername("analyst"))).exchange();

        assertThat(upload).hasStatus(400).bodyText()
                .contains("Choose at least one file to import.")
                .contains("Name the source the data comes from, such as clinic-ehr.")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void filesThatAreNeitherCsvNorFhirNeedTheirFormatChosen() {
        assertThat(upload("analyst", Map.of("source", "notes"), TestFiles.file("notes.txt", "hello")))
                .hasStatus(400).bodyText().contains("These are neither CSV nor FHIR files");
    }

    @Test
    void progressShowsBytesReadWhileTheImportRunsAndTheOutcomeAfter() throws Exception {
        HeldImports.Hold hold = held.holdNextImport();
        upload("analyst", Map.of("source", "slow-fhir"), TestFiles.file("export.ndjson", TestFiles.FHIR_NDJSON));
        hold.awaitReached();
        awaitProgress();
        long total = TestFiles.FHIR_NDJSON.getBytes(StandardCharsets.UTF_8).length;

        String during = statusFor("viewer");
        assertThat(during).contains("hx-get=\"/data/import-status\"").contains("hx-trigger=\"every 1s\"")
                .contains("Import running")
                .contains("<progress id=\"import-progress\" value=\"" + total / 2 + "\" max=\"" + total + "\">")
                .contains("<span>" + (total / 2 * 100 / total) + "%</span>")
                .contains("<code>export.ndjson</code>")
                .doesNotContain("hx-swap-oob");
        assertThat(pageFor("analyst")).contains("hx-trigger=\"every 1s\"").contains("Import running");

        hold.release();
        ImportJob.Progress done = awaitEnd().progress();
        assertThat(done.bytesRead()).isEqualTo(done.totalBytes()).isEqualTo(total);
        String after = statusFor("viewer");
        assertThat(after).doesNotContain("hx-trigger").doesNotContain("<progress")
                .contains("Imported 2 rows from 1 file as source &#39;slow-fhir&#39;.")
                .containsPattern("<section id=\"import-history\"[^>]*\\shx-swap-oob=\"true\">")
                .containsPattern("<section id=\"holdings\"[^>]*\\shx-swap-oob=\"true\">")
                .contains("data-source=\"slow-fhir\"");
    }

    @Test
    void aSecondImportWhileOneRunsIsRefusedAndNotStored() throws Exception {
        HeldImports.Hold hold = held.holdNextImport();
        upload("analyst", Map.of("source", "first"), TestFiles.file("export.ndjson", TestFiles.FHIR_NDJSON));
        hold.awaitReached();
        try {
            MvcTestResult second = upload("admin", Map.of("source", "second"), TestFiles.file("patient.csv", TestFiles.PATIENTS_CSV));

            assertThat(second).hasStatus(409).bodyText()
                    .contains("An import is already running (source &#39;first&#39;, started by analyst).");
            assertThat(auditSubjects("data.upload")).noneMatch(s -> s.endsWith("-second"));
        } finally {
            hold.release();
        }
        assertThat(awaitEnd().request().source()).isEqualTo("first");
    }

    @Test
    void aDryRunReportsWhatWouldLoadAndKeepsNothing() {
        upload("analyst", Map.of("source", "rehearsal", "dryRun", "true"), TestFiles.file("patient.csv", TestFiles.PATIENTS_CSV));

        ImportJob job = awaitEnd();
        assertThat(pageFor("analyst")).contains("Dry run: would import 3 rows from 1 file as source &#39;rehearsal&#39;;"
                + " nothing was stored.");
        assertThat(warehouse.imports()).extracting(LedgerEntry::source).doesNotContain("rehearsal");
        assertThat(job.upload().folder()).doesNotExist();
        assertThat(auditActions("analyst")).contains("data.import.dry-run");
    }

    @Test
    void uploadsAndImportsAreAudited() {
        upload("admin", Map.of("source", "audited", "replace", "true"), TestFiles.file("patient.csv", TestFiles.PATIENTS_CSV));
        ImportJob job = awaitEnd();

        List<Map<String, Object>> events = workflowStore.sql(
                        "SELECT username, action, subject, detail FROM audit_event WHERE subject = ? ORDER BY id")
                .param(job.upload().name()).query().listOfRows();
        assertThat(events).extracting(e -> e.get("action")).containsExactly("data.upload", "data.import");
        assertThat(events).extracting(e -> e.get("username")).containsOnly("admin");
        assertThat((String) events.get(0).get("detail")).isEqualTo("1 file: patient.csv (119 bytes)");
        assertThat((String) events.get(1).get("detail"))
                .isEqualTo("source audited, format stratum-csv, replacing the source: loaded 3 rows (patient 3); 0 records rejected");
    }

    @Test
    void unknownImportHasNoRejectsToDownload() {
        assertThat(mvc.get().uri("/data/imports/no-such-import/rejects").with(user(users.loadUserByUsername("admin"))))
                .hasStatus(404);
    }

    private MvcTestResult upload(String username, Map<String, String> fields, MockMultipartFile... files) {
        var request = mvc.post().uri("/data/imports").multipart();
        for (MockMultipartFile file : files) {
            request = request.file(file);
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request.with(csrf()).with(user(users.loadUserByUsername(username))).exchange();
    }

    private String pageFor(String username) {
        return bodyOf(mvc.get().uri("/data").with(user(users.loadUserByUsername(username))).exchange());
    }

    private String statusFor(String username) {
        return bodyOf(mvc.get().uri("/data/import-status").header("HX-Request", "true")
                .with(user(users.loadUserByUsername(username))).exchange());
    }

    private static String bodyOf(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportJob awaitEnd() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (jobs.latest().map(ImportJob::running).orElse(false)) {
            assertThat(Instant.now()).as("the import has ended").isBefore(deadline);
            pause();
        }
        return jobs.latest().orElse(null);
    }

    /** Waits until the held import has reported its progress to the job. */
    private void awaitProgress() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (jobs.latest().orElseThrow().progress().bytesRead() == 0) {
            assertThat(Instant.now()).as("progress reported").isBefore(deadline);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private LedgerEntry importOf(String source) {
        return warehouse.imports().stream().filter(e -> e.source().equals(source)).findFirst().orElseThrow();
    }

    private List<String> auditActions(String username) {
        return workflowStore.sql("SELECT action FROM audit_event WHERE username = ?").param(username)
                .query(String.class).list();
    }

    private List<String> auditSubjects(String action) {
        return workflowStore.sql("SELECT subject FROM audit_event WHERE action = ?").param(action)
                .query(String.class).list();
    }
}
