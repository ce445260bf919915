package org.stratum.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stratum.app.api.BasicAuthCalls.json;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stratum.app.organisation.UserSites;
import org.stratum.app.web.quality.QualityPages;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.measure.DataCoverage;
import org.stratum.engine.real.ReaskList;
import org.stratum.engine.real.ReaskPatient;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/data-quality} (the page's suppressed numbers, any role) and
 * {@code GET /api/v1/data-quality/reask} (patient-level: analysts and administrators, their sites, audited).
 */
class DataQualityApiTests extends QualityPages {

    @Autowired
    UserSites userSites;

    @AfterEach
    void unassign() {
        userSites.assign("analyst", List.of());
    }

    private MvcTestResult call(String username, String uri) {
        return BasicAuthCalls.get(mvc, username, uri);
    }

    @Test
    void aViewerGetsTheNumbersOfThePagesCsv() {
        JsonNode quality = json(call("viewer", "/api/v1/data-quality?by=source&target=80"));
        List<NamedCsvRecord> csv = CsvReader.builder()
                .ofNamedCsvRecord(page("viewer", "/data-quality/completeness.csv?by=source&target=80")).stream().toList();

        assertThat(quality.get("by").asString()).isEqualTo("source");
        assertThat(quality.get("target").asDouble()).isEqualTo(0.8);
        int compared = 0;
        for (JsonNode row : quality.get("groups")) {
            for (JsonNode share : row.get("indicators")) {
                NamedCsvRecord line = csv.stream().filter(r -> r.getField("group").equals(row.get("group").asString())
                        && r.getField("indicator").equals(share.get("indicator").asString())).findFirst().orElseThrow();
                assertThat(text(share.get("count"))).isEqualTo(line.getField("count"));
                assertThat(text(row.get("patients"))).isEqualTo(line.getField("patients"));
                assertThat(row.get("flag").asString()).isEqualTo(line.getField("flag"));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(csv.size());
        assertThat(quality.get("months")).isNotEmpty();
    }

    @Test
    void noCountOfOneToTenForAnyGroupingAndSomeAreNull() {
        int hidden = 0;
        for (String by : List.of("site", "source", "channel")) {
            JsonNode quality = json(call("viewer", "/api/v1/data-quality?by=" + by));
            for (String table : List.of("groups", "months")) {
                for (JsonNode row : quality.get(table)) {
                    for (JsonNode count : row.get("indicators").valueStream().map(s -> s.get("count")).toList()) {
                        if (count.isNull()) {
                            hidden++;
                        } else {
                            assertThat(SuppressionPolicy.CMS.isSmall(count.asLong())).as(by + " " + row).isFalse();
                        }
                    }
                }
            }
        }
        assertThat(hidden).as("a synthetic population of a few thousand has small cells").isPositive();
    }

    @Test
    void badParametersAre400NamingTheParameterAndNoCredentialsIs401() {
        assertError("/api/v1/data-quality?by=shoe-size", "by");
        assertError("/api/v1/data-quality?target=150", "target");
        assertError("/api/v1/data-quality?target=lots", "target");
        assertError("/api/v1/data-quality?period=last-tuesday", "period");
        assertError("/api/v1/data-quality/reask?staleYears=0", "staleYears");
        assertThat(mvc.get().uri("/api/v1/data-quality").exchange()).hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/data-quality/reask").exchange()).hasStatus(401);
    }

    @Test
    void theReaskListIsRefusedToAViewerWith403AndNotAudited() {
        long before = audited("viewer");

        MvcTestResult result = call("viewer", "/api/v1/data-quality/reask");

        assertThat(result).hasStatus(403);
        assertThat(json(result).get("status").asInt()).isEqualTo(403);
        assertThat(audited("viewer")).isEqualTo(before);
    }

    @Test
    void anAnalystGetsOnlyThePatientsOfTheirSiteAndTheCallIsAudited() {
        String site = warehouse.careSites().get(0).siteId();
        userSites.assign("analyst", List.of(site));
        long before = audited("analyst");

        JsonNode listing = json(call("analyst", "/api/v1/data-quality/reask"));

        MeasurementPeriod period = MeasurementPeriod.twelveMonthsEnding(DataCoverage.lastMonth(warehouse).orElseThrow());
        Set<String> expected = new ReaskList(warehouse).list(period, LocalDate.now(), ReaskList.DEFAULT_STALE_YEARS,
                site::equals).stream().map(ReaskPatient::patientId).collect(Collectors.toSet());
        assertThat(expected).isNotEmpty();
        assertThat(listing.get("patients").valueStream().map(p -> p.get("patient_id").asString())
                .collect(Collectors.toSet())).isEqualTo(expected);
        assertThat(listing.get("sites").valueStream().map(JsonNode::asString)).containsExactly(site);
        assertThat(audited("analyst")).isEqualTo(before + 1);
        String subject = workflowStore.sql("SELECT subject FROM audit_event WHERE username = 'analyst'"
                + " AND action = 'real.reask.view' ORDER BY id DESC").query(String.class).list().get(0);
        assertThat(subject).isEqualTo("api/v1/data-quality/reask");
    }

    @Test
    void anAnalystWithoutSitesGetsNoPatient() {
        JsonNode listing = json(call("analyst", "/api/v1/data-quality/reask"));

        assertThat(listing.get("count").asInt()).isZero();
        assertThat(listing.get("sites")).isEmpty();
    }

    private long audited(String username) {
        return workflowStore.sql("SELECT count(*) FROM audit_event WHERE username = ? AND action = 'real.reask.view'")
                .param(username).query(Long.class).single();
    }

    private static String text(JsonNode count) {
        return count.isNull() ? "" : Long.toString(count.asLong());
    }

    private void assertError(String uri, String parameter) {
        MvcTestResult result = call("admin", uri);
        assertThat(result).as(uri).hasStatus(400);
        assertThat(json(result).get("parameter").asString()).as(uri).isEqualTo(parameter);
        assertThat(json(result).get("message").asString()).as(uri).isNotBlank();
    }
}
