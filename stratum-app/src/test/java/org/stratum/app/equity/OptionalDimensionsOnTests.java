package org.stratum.app.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stratum.app.OpenWarehouse;
import org.stratum.app.StratumProperties;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.generate.GeneratorSettings;
import org.stratum.engine.generate.OutputFormat;
import org.stratum.engine.generate.PopulationGenerator;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.csv.StratumCsvFormat;
import org.stratum.engine.measure.MeasureRun;
import org.stratum.engine.measure.MeasureRunner;
import org.stratum.engine.measure.RunListener;
import org.stratum.engine.warehouse.Warehouse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sexual orientation, gender identity and disability on an instance whose administrator turned them on
 * ({@code stratum.dimensions.optional}), over a small synthetic warehouse with CMS165 computed for 2025:
 * the API stratifies and filters by them with the usual suppression, the measure page and Explore offer them.
 */
@SpringBootTest(properties = "stratum.dimensions.optional=sexual-orientation, gender-identity,disability")
@AutoConfigureMockMvc
@Import({OpenWarehouse.class, OptionalDimensionsOnTests.Measured.class})
class OptionalDimensionsOnTests {
    private static final String PASSWORD = "tulip-harbour-42";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void smallWarehouseWithDemoAccounts(DynamicPropertyRegistry registry) {
        registry.add("stratum.data-dir", () -> dataDir.toString());
        registry.add("stratum.demo.enabled", () -> "true");
        registry.add("stratum.demo.password", () -> PASSWORD);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Measured {
        @Bean
        MeasureRun bloodPressure2025(Warehouse warehouse, StratumProperties properties) {
            Path extract = properties.dataDir().resolve("extract");
            new PopulationGenerator(new GeneratorSettings(2500, 5, extract, OutputFormat.CSV,
                    GeneratorSettings.DEFAULT_HISTORY_END, 3, 2)).run(n -> { });
            Importer.withBuiltInFormats().run(warehouse, new ImportRequest("synthetic", StratumCsvFormat.NAME,
                    List.of(extract), true, "test"));
            MeasureLibrary library = MeasureLibrary.builtIn();
            return new MeasureRunner(warehouse, library).run(List.of(library.require("CMS165")),
                    List.of(MeasurementPeriod.calendarYear(2025)), RunListener.SILENT);
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Warehouse warehouse;

    @Test
    void theApiStratifiesByGenderIdentityAsThePatientRecordsSayWithSmallCountsHidden() throws Exception {
        JsonNode view = api("/api/v1/measures/CMS165/strata?period=2025&by=gender-identity");

        JsonNode unknown = view.get("strata").valueStream().filter(c -> c.get("key").get(0).asString().equals("unknown"))
                .findFirst().orElseThrow();
        assertThat(unknown.get("label").asString()).isEqualTo("Gender identity unknown");
        // The generator records no gender identity for patients never asked, and no observation of it.
        assertThat(unknown.get("denominator").asLong()).isEqualTo(eligible("p.gender_identity IS NULL"));
        assertThat(view.get("strata").valueStream().map(c -> c.get("label").asString()))
                .contains("Identifies as female gender", "Identifies as male gender");
        for (JsonNode cell : view.get("strata")) {
            if (!cell.get("denominator").isNull()) {
                assertThat(cell.get("denominator").asLong()).matches(c -> c == 0 || c >= 11);
            }
        }
    }

    @Test
    void theApiCrossesAndFiltersThemLikeAnyDimension() throws Exception {
        JsonNode view = api("/api/v1/measures/CMS165/strata?period=2025&by=disability,sex"
                + "&filter=sexual-orientation=straight&filter=sexual-orientation=bisexual");

        assertThat(view.get("by").valueStream().map(JsonNode::asString)).containsExactly("disability", "sex");
        assertThat(view.get("filters").get("sexual-orientation").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("straight", "bisexual");
        assertThat(view.get("strata").valueStream().map(c -> c.get("key").get(0).asString())).contains("unknown", "no");
    }

    @Test
    void theMeasurePageAndExploreOfferThem() {
        String measure = page("/measures/CMS165?by=disability");
        String explore = page("/explore?measure=CMS165&period=2025&by=sexual-orientation");

        assertThat(measure).contains("value=\"sexual-orientation\"", "value=\"gender-identity\"", "value=\"disability\"",
                "Disability unknown");
        assertThat(explore).contains("value=\"gender-identity\"", "disability=unknown", "Straight or heterosexual");
    }

    private JsonNode api(String uri) throws Exception {
        String credentials = Base64.getEncoder().encodeToString(("viewer:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        MvcTestResult result = mvc.get().uri(uri).header("Authorization", "Basic " + credentials).exchange();
        assertThat(result).hasStatusOk();
        return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(user(users.loadUserByUsername("viewer"))).exchange();
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CMS165's eligible patients in 2025 whose patient row matches, by plain SQL. */
    private long eligible(String condition) throws SQLException {
        try (Connection connection = warehouse.connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT count(*) FROM measure_result r JOIN patient p USING (patient_id)"
                     + " WHERE r.measure_id = 'controlling-high-blood-pressure' AND r.period_start = DATE '2025-01-01'"
                     + " AND r.period_end = DATE '2025-12-31' AND r.denominator AND NOT r.denominator_exclusion"
                     + " AND NOT r.denominator_exception AND " + condition)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
