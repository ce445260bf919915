package org.stratum.app.web.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The BISG estimate on the measure page and at {@code /api/v1/measures/{id}/bisg}, over the hand-built
 * warehouse of {@link HandBuiltBisgWarehouse}, whose rates are worked out on paper there.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(HandBuiltBisgWarehouse.class)
class BisgEstimateTests {
    private static final String PASSWORD = "tulip-harbour-42";
    private static final String PAGE = "/measures/CMS165";
    private static final Pattern CELL = Pattern.compile("<td[^>]*>\\s*(.*?)\\s*</td>", Pattern.DOTALL);

    @DynamicPropertySource
    static void handBuiltWarehouseWithDemoAccounts(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("stratum-bisg-estimate");
        registry.add("stratum.data-dir", dataDir::toString);
        registry.add("stratum.demo.enabled", () -> "true");
        registry.add("stratum.demo.password", () -> PASSWORD);
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    private String page(String username, String uri) {
        try {
            return mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MvcTestResult api(String username, String uri) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return mvc.get().uri(uri).header("Authorization", "Basic " + credentials).exchange();
    }

    private static JsonNode json(MvcTestResult result) {
        try {
            return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of the BISG table's row for a group, as shown. */
    private static List<String> row(String html, String group) {
        String table = html.substring(html.indexOf("<table class=\"strata-table\" id=\"bisg-table\">"));
        table = table.substring(0, table.indexOf("</table>"));
        String start = "<th scope=\"row\">" + group + "</th>";
        String cells = table.substring(table.indexOf(start) + start.length());
        cells = cells.substring(0, cells.indexOf("</tr>"));
        return CELL
                .matcher(cells).results().map(m -> m.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim())
                .toList();
    }

    @Test
    void theMeasurePageShowsTheSelfReportedAndWeightedRatesSideBySideLabelledAsAnEstimate() {
        String html = page("analyst", PAGE + "?period=2025");

        assertThat(html).contains("Race and ethnicity estimated with BISG (population estimate, not any patient&#39;s race)")
                .contains("docs/bisg.md").contains("id=\"bisg-table\"").contains("class=\"bisg-weighted\"");
        assertThat(html).contains("Eligible patients: 124; without a self-report and counted through BISG: 30;"
                + " with neither a self-report nor an estimate, in no group: 24.");
        assertThat(row(html, "Hispanic or Latino")).containsExactly("40", "25", "62.5%", "58.0", "34.0", "58.6%", "");
        assertThat(row(html, "White, not Hispanic")).containsExactly("30", "12", "40.0%", "42.0", "18.0", "42.9%", "");
        assertThat(row(html, "Black, not Hispanic")).containsExactly("0", "0", "—", "0.0", "0.0", "—", "");
    }

    @Test
    void thePagesPeriodSelectorChoosesTheEstimatesPeriod() {
        String html = page("viewer", PAGE + "?period=2023");

        assertThat(html).contains("Eligible patients: 100;");
        assertThat(row(html, "Hispanic or Latino")).containsExactly("40", "25", "62.5%", "58.0", "34.0", "58.6%", "");
    }

    @Test
    void aViewerSeesASmallGroupHiddenOnBothSidesAndTheCountThatWouldRevealItHiddenToo() {
        String html = page("viewer", PAGE + "?period=2024");

        assertThat(row(html, "Black, not Hispanic")).containsExactly("—", "—", "—", "—", "—", "—", "suppressed");
        assertThat(html).contains("Eligible patients: 129; without a self-report and counted through BISG: 30;"
                + " with neither a self-report nor an estimate, in no group: —.");
        assertThat(row(html, "White, not Hispanic")).first().isEqualTo("—");
        assertThat(html).doesNotContain("h-1").doesNotContain("i-1").doesNotContain("b-1");
    }

    @Test
    void theApiGivesTheSameEstimateAsJsonWithHiddenValuesAsNull() {
        MvcTestResult result = api("viewer", "/api/v1/measures/CMS165/bisg?period=2025");

        assertThat(result).hasStatusOk();
        JsonNode estimate = json(result);
        assertThat(estimate.get("measure").asString()).isEqualTo("controlling-high-blood-pressure");
        assertThat(estimate.get("imputations").asBoolean()).isTrue();
        assertThat(estimate.get("estimate").asString()).contains("not any patient's race");
        assertThat(estimate.get("eligible").asLong()).isEqualTo(124);
        assertThat(estimate.get("not_imputable").asLong()).isEqualTo(24);
        JsonNode hispanic = estimate.get("groups").get(0);
        assertThat(hispanic.get("group").asString()).isEqualTo("hispanic");
        assertThat(hispanic.get("self_reported").get("rate").asDouble()).isEqualTo(0.625);
        assertThat(hispanic.get("bisg_weighted").get("eligible").asDouble()).isEqualTo(58.0);
        assertThat(hispanic.get("bisg_weighted").get("rate").asDouble()).isCloseTo(34.0 / 58, within(1e-12));

        JsonNode black = json(api("viewer", "/api/v1/measures/CMS165/bisg?period=2024")).get("groups").get(2);
        assertThat(black.get("suppressed").asBoolean()).isTrue();
        assertThat(black.get("self_reported").get("eligible").isNull()).isTrue();
        assertThat(black.get("bisg_weighted").get("rate").isNull()).isTrue();
    }

    @Test
    void theOpenApiDescriptionListsTheEndpoint() {
        MvcTestResult result = api("viewer", "/api/v1/openapi");

        assertThat(result).hasStatusOk();
        assertThat(json(result).get("paths").propertyNames()).contains("/api/v1/measures/{id}/bisg");
    }

    @Test
    void theApiNamesAWrongParameterAndAsksForSignIn() {
        MvcTestResult wrongPeriod = api("viewer", "/api/v1/measures/CMS165/bisg?period=2019");
        assertThat(wrongPeriod).hasStatus(400);
        assertThat(json(wrongPeriod).get("parameter").asString()).isEqualTo("period");

        MvcTestResult wrongGroup = api("viewer", "/api/v1/measures/CMS165/bisg?group=9");
        assertThat(wrongGroup).hasStatus(400);
        assertThat(json(wrongGroup).get("parameter").asString()).isEqualTo("group");

        assertThat(api("viewer", "/api/v1/measures/no-such-measure/bisg")).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/measures/CMS165/bisg").exchange()).hasStatus(401);
    }
}
