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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.stratum.app.OpenWarehouse;
import org.stratum.app.StratumProperties;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.csv.StratumCsvFormat;
import org.stratum.engine.warehouse.LedgerEntry;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The Data page over a real warehouse that holds one import made from the command line: what every
 * role sees, and what only the roles that load data may do.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({OpenWarehouse.class, DataControllerTests.OneImport.class})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // the store lives in this class's @TempDir
class DataControllerTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void demoInTemporaryDataDir(DynamicPropertyRegistry registry) {
        registry.add("stratum.data-dir", dataDir::toString);
        registry.add("stratum.demo.enabled", () -> "true");
        registry.add("stratum.demo.password", () -> "tulip-harbour-42");
    }

    /** The clinic's extract, imported as `stratum import` would before the web app starts. */
    @TestConfiguration(proxyBeanMethods = false)
    static class OneImport {
        @Bean
        LedgerEntry clinicExtract(Warehouse warehouse, StratumProperties properties) throws IOException {
            Path extract = Files.createDirectories(properties.dataDir().resolve("extract"));
            Files.writeString(extract.resolve("patient.csv"), TestFiles.PATIENTS_CSV);
            Files.writeString(extract.resolve("encounter.csv"), TestFiles.ENCOUNTERS_CSV);
            return Importer.withBuiltInFormats().run(warehouse, new ImportRequest("clinic-ehr", StratumCsvFormat.NAME,
                    List.of(extract), true, "maria")).entry();
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    LedgerEntry clinicExtract;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "analyst", "viewer"})
    void everyRoleSeesWhatTheWarehouseHoldsAndTheHistory(String username) {
        String page = dataPageFor(username);

        assertThat(page).contains("<h1>Data</h1>")
                .contains("<dd id=\"warehouse-patients\">3</dd>")
                .contains("<dd id=\"warehouse-records\">2</dd>")
                .contains("<th scope=\"row\">encounter</th>");
        String row = historyRow(page, "clinic-ehr");
        assertThat(row).contains("<td>stratum-csv</td>").contains("<td>maria</td>")
                .contains("<span class=\"import__rows\">5</span>")
                .contains("replaced earlier rows")
                .containsPattern("data-table=\"patient\">\\s*<span>patient</span>\\s*<span class=\"number\">3</span>")
                .containsPattern("data-table=\"encounter\">\\s*<span>encounter</span>\\s*<span class=\"number\">2</span>")
                .contains("<td class=\"number import__rejected\">0</td>")
                .contains("2 files, ")
                .contains("<span>patient.csv</span>");
        LedgerEntry.SourceFile patients = clinicExtract.files().stream()
                .filter(f -> f.path().endsWith("patient.csv")).findFirst().orElseThrow();
        assertThat(row).contains("<code title=\"" + patients.sha256() + "\">" + patients.sha256().substring(0, 12) + "</code>");
    }

    @Test
    void historyNamesFilesWithoutThisMachinesFolders() {
        assertThat(historyRow(dataPageFor("viewer"), "clinic-ehr")).doesNotContain(dataDir.toString());
    }

    @Test
    void navigationMarksTheDataPage() {
        assertThat(dataPageFor("viewer")).contains("<a href=\"/data\" aria-current=\"page\">Data</a>")
                .contains("<a href=\"/\">Home</a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "analyst"})
    void rolesThatLoadDataSeeTheUploadForm(String username) {
        assertThat(dataPageFor(username)).contains("id=\"upload-form\"").contains("enctype=\"multipart/form-data\"")
                .contains("name=\"_csrf\"").contains("uploads")
                .contains("up to <span>2.0 GB</span>");
    }

    @Test
    void viewerSeesNoUploadForm() {
        assertThat(dataPageFor("viewer")).doesNotContain("id=\"upload-form\"").doesNotContain("Import files");
    }

    @Test
    void viewerCannotUpload() {
        assertThat(mvc.post().uri("/data/imports").multipart()
                .file(TestFiles.file("patient.csv", TestFiles.PATIENTS_CSV)).param("source", "sneaky")
                .with(csrf()).with(user(users.loadUserByUsername("viewer"))))
                .hasStatus(403);
        assertThat(dataDir.resolve("uploads")).doesNotExist();
    }

    @Test
    void viewerCannotDownloadRejects() {
        assertThat(mvc.get().uri("/data/imports/any/rejects").with(user(users.loadUserByUsername("viewer"))))
                .hasStatus(403);
    }

    @Test
    void anonymousVisitorIsSentToSignIn() {
        assertThat(mvc.get().uri("/data")).hasStatus3xxRedirection().hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/data/import-status")).hasStatus3xxRedirection().hasRedirectedUrl("/login");
    }

    @Test
    void withoutAnImportFromThisPageThereIsNoStatus() {
        assertThat(dataPageFor("analyst")).doesNotContain("id=\"import-status\"");
        assertThat(mvc.get().uri("/data/import-status").with(user(users.loadUserByUsername("analyst"))))
                .hasStatusOk().bodyText().doesNotContain("import-status");
    }

    @Test
    void htmxIsServedFromItsWebjarAtAVersionedAddress() {
        Matcher script = Pattern.compile("<script src=\"(/webjars/htmx.org/2\\.0\\.\\d+/dist/htmx.min.js)\" defer></script>")
                .matcher(dataPageFor("viewer"));

        assertThat(script.find()).as("htmx script element").isTrue();
        assertThat(mvc.get().uri(script.group(1))).hasStatusOk().bodyText().contains("htmx");
    }

    private String dataPageFor(String username) {
        var page = mvc.get().uri("/data").with(user(users.loadUserByUsername(username))).exchange();
        assertThat(page).hasStatusOk();
        try {
            return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The history table's row of an import, by its source. */
    static String historyRow(String page, String source) {
        Matcher row = Pattern.compile("<tr class=\"import\" data-source=\"" + Pattern.quote(source) + "\">.*?</tr>",
                Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("history row of %s", source).isTrue();
        return row.group();
    }
}
