package org.stratum.app.web.quality;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.stratum.app.organisation.UserSites;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.measure.DataCoverage;
import org.stratum.engine.real.ReaskList;
import org.stratum.engine.real.ReaskPatient;

/**
 * The re-ask list: analysts and administrators only, limited to their sites, every view and export
 * in the audit log. What it lists is the engine's {@link ReaskList} (checked against plain SQL in the
 * engine's tests), so here the scope, the roles and the audit are what is checked.
 */
class ReaskControllerTests extends QualityPages {
    private static final Pattern PATIENT_ROW = Pattern.compile("<th scope=\"row\">([^<]+)</th>");

    @Autowired
    UserSites userSites;

    @AfterEach
    void unassign() {
        userSites.assign("analyst", List.of());
    }

    private MeasurementPeriod period() {
        return MeasurementPeriod.twelveMonthsEnding(DataCoverage.lastMonth(warehouse).orElseThrow());
    }

    private List<ReaskPatient> engineList(java.util.function.Predicate<String> sites) {
        return new ReaskList(warehouse).list(period(), LocalDate.now(), ReaskList.DEFAULT_STALE_YEARS, sites);
    }

    private String someSite() {
        return warehouse.careSites().get(0).siteId();
    }

    private long audited(String username, String action) {
        return workflowStore.sql("SELECT count(*) FROM audit_event WHERE username = ? AND action = ?")
                .params(username, action).query(Long.class).single();
    }

    private static Set<String> listedIds(String page) {
        Set<String> ids = new TreeSet<>();
        Matcher row = PATIENT_ROW.matcher(page.substring(page.indexOf("id=\"reask-table\"")));
        while (row.find()) {
            ids.add(row.group(1));
        }
        return ids;
    }

    @Test
    void aViewerIsRefusedTheListAndItsCsvAndNothingIsAudited() {
        assertThat(get("viewer", "/data-quality/reask")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get("viewer", "/data-quality/reask.csv")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(audited("viewer", "real.reask.view") + audited("viewer", "real.reask.export")).isZero();
    }

    @Test
    void someoneNotSignedInIsSentToSignIn() {
        assertThat(mvc.get().uri("/data-quality/reask").exchange()).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/data-quality").exchange()).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void anAnalystSeesOnlyThePatientsOfTheirSiteAndTheViewIsAudited() {
        String site = someSite();
        userSites.assign("analyst", List.of(site));
        long before = audited("analyst", "real.reask.view");

        String page = page("analyst", "/data-quality/reask");

        Set<String> expected = engineList(site::equals).stream().map(ReaskPatient::patientId)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(expected).isNotEmpty();
        assertThat(listedIds(page)).isEqualTo(expected);
        Set<String> elsewhere = engineList(s -> !site.equals(s)).stream().map(ReaskPatient::patientId)
                .collect(Collectors.toSet());
        assertThat(listedIds(page)).doesNotContainAnyElementsOf(elsewhere);
        assertThat(audited("analyst", "real.reask.view")).isEqualTo(before + 1);
        String detail = workflowStore.sql("SELECT detail FROM audit_event WHERE username = 'analyst'"
                + " AND action = 'real.reask.view' ORDER BY id DESC").query(String.class).list().get(0);
        assertThat(detail).contains("patients=" + expected.size()).contains("sites=" + site);
    }

    @Test
    void anAnalystWithoutSitesSeesNoPatient() {
        String page = page("analyst", "/data-quality/reask");
        assertThat(page).contains("id=\"no-sites\"").doesNotContain("id=\"reask-table\"");
    }

    @Test
    void theCsvExportIsAuditedAndAnAdministratorWithoutSitesGetsEverySite() {
        long before = audited("admin", "real.reask.export");

        var result = get("admin", "/data-quality/reask.csv?staleYears=5");

        assertThat(result).hasStatusOk();
        List<NamedCsvRecord> rows = DataQualityControllerTests.csv(page("admin", "/data-quality/reask.csv?staleYears=5"));
        List<ReaskPatient> everyone = new ReaskList(warehouse).list(period(), LocalDate.now(), 5, s -> true);
        assertThat(rows).hasSize(everyone.size());
        assertThat(rows.stream().map(r -> r.getField("patient_id")).collect(Collectors.toSet()))
                .isEqualTo(everyone.stream().map(ReaskPatient::patientId).collect(Collectors.toSet()));
        assertThat(rows.stream().map(r -> r.getField("site_id")).distinct().count()).isGreaterThan(1);
        assertThat(audited("admin", "real.reask.export")).isEqualTo(before + 2);
    }

    @Test
    void aNameASpreadsheetWouldRunAsAFormulaIsExportedAsText() throws java.sql.SQLException {
        String patient = engineList(s -> true).get(0).patientId();
        String link = "=HYPERLINK(\"http://example.org/\",\"Click\")";
        String before;
        try (var connection = warehouse.connect();
             var query = connection.prepareStatement("SELECT family_name FROM patient WHERE patient_id = ?")) {
            query.setString(1, patient);
            try (var result = query.executeQuery()) {
                result.next();
                before = result.getString(1);
            }
        }
        rename(patient, link);
        try {
            List<NamedCsvRecord> rows = DataQualityControllerTests.csv(page("admin", "/data-quality/reask.csv"));

            assertThat(rows.stream().filter(r -> r.getField("patient_id").equals(patient)).findFirst().orElseThrow()
                    .getField("family_name")).isEqualTo("'" + link);
        } finally {
            rename(patient, before);
        }
    }

    private void rename(String patientId, String family) throws java.sql.SQLException {
        try (var connection = warehouse.connect();
             var update = connection.prepareStatement("UPDATE patient SET family_name = ? WHERE patient_id = ?")) {
            update.setString(1, family);
            update.setString(2, patientId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void aStalenessOutsideOneToFiftyYearsIsABadRequestNamingIt() {
        userSites.assign("analyst", List.of(someSite()));
        assertThat(get("analyst", "/data-quality/reask?staleYears=0")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().contains("The staleYears cannot be used");
    }
}
