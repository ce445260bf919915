package org.stratum.app.equity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stratum.app.web.measures.MeasuredPages;

/**
 * Sexual orientation, gender identity and disability on an instance that has not turned them on (the
 * default): no page offers them, and asking for one by name is refused, saying how to turn it on.
 */
class OptionalDimensionsOffTests extends MeasuredPages {
    private static final String PASSWORD = "tulip-harbour-42";

    @ParameterizedTest
    @ValueSource(strings = {"sexual-orientation", "gender-identity", "disability"})
    void theApiRefusesThemByNameSayingHowToTurnThemOn(String dimension) throws Exception {
        MvcTestResult by = api("/api/v1/measures/CMS165/strata?by=" + dimension);
        MvcTestResult filter = api("/api/v1/measures/CMS165/strata?by=site&filter=" + dimension + "=unknown");

        assertThat(by).hasStatus(400);
        assertThat(by.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"parameter\":\"by\"",
                "'" + dimension + "' is an optional dimension, off on this instance",
                "stratum.dimensions.optional=" + dimension, "STRATUM_DIMENSIONS_OPTIONAL");
        assertThat(filter).hasStatus(400);
        assertThat(filter.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"parameter\":\"filter\"",
                "optional dimension");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/measures/CMS165", "/measures/CMS165/monitor", "/explore?measure=CMS165&period=2025"})
    void noPageOffersThem(String uri) {
        String page = page("viewer", uri);

        assertThat(page).contains("value=\"race-2024\"", "value=\"social-needs\"")
                .doesNotContain("sexual-orientation", "gender-identity", "value=\"disability\"", "disability=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/measures/CMS165?by=gender-identity", "/measures/CMS165/monitor?by=sexual-orientation",
            "/explore?measure=CMS165&by=disability", "/outreach?measure=CMS165&filter=gender-identity=unknown"})
    void pagesRefuseThemByName(String uri) {
        MvcTestResult result = get("analyst", uri);

        assertThat(result).hasStatus(400);
        assertThat(page("analyst", uri)).contains("is an optional dimension, off on this instance",
                "stratum.dimensions.optional=");
    }

    private MvcTestResult api(String uri) {
        String credentials = Base64.getEncoder().encodeToString(("viewer:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return mvc.get().uri(uri).header("Authorization", "Basic " + credentials).exchange();
    }
}
