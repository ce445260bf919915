package org.stratum.app.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stratum.app.organisation.CareSites;
import org.stratum.app.organisation.CareSites.CareSite;
import org.stratum.app.organisation.UserSites;
import org.stratum.app.web.measures.MeasuredPages;

/** Administrators assign sites to accounts on /admin/users; the change is stored and audited. */
class UserSitesControllerTests extends MeasuredPages {

    @Autowired
    CareSites careSites;

    @Autowired
    UserSites userSites;

    @Autowired
    JdbcClient workflow;

    @Test
    void inDemoModeTheAnalystStartsWithSomeButNotAllSites() {
        List<String> all = careSites.list().stream().map(CareSite::siteKey).toList();
        // Other tests of this shared application may reassign the analyst; the start-up assignment is audited.
        String detail = workflow.sql("""
                SELECT detail FROM audit_event WHERE username IS NULL AND action = 'user.sites.assign'
                AND subject = 'app_user/analyst'""").query(String.class).single();
        List<String> assigned = List.of(detail.replace("demo: sites ", "").split(", "));
        assertThat(assigned).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(all).containsAll(assigned);
    }

    @Test
    void theUsersPageListsEveryAccountWithItsRoleAndSites() {
        userSites.assign("analyst", List.of(careSites.list().get(0).siteKey()));

        String page = page("admin", "/admin/users");

        assertThat(page).contains("admin)").contains("analyst)").contains("viewer)")
                .contains(careSites.list().get(0).name()).contains("All sites")
                .contains("href=\"/admin/users/analyst/sites\"");
    }

    @Test
    void anAdministratorsTickedSitesReplaceTheAccountsSitesAndAreAudited() {
        List<CareSite> sites = careSites.list();
        assertThat(page("admin", "/admin/users/viewer/sites")).contains("type=\"checkbox\"").contains(sites.get(1).name());

        MvcTestResult result = mvc.post().uri("/admin/users/viewer/sites")
                .param("sites", sites.get(1).siteKey(), sites.get(2).siteKey())
                .with(user(users.loadUserByUsername("admin"))).with(csrf()).exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin/users?assigned=viewer");
        assertThat(userSites.assigned("viewer")).containsExactlyInAnyOrder(sites.get(1).siteKey(), sites.get(2).siteKey());
        assertThat(workflow.sql("""
                SELECT detail FROM audit_event WHERE username = 'admin' AND action = 'user.sites.assign'
                AND subject = 'app_user/viewer' ORDER BY id DESC""").query(String.class).list().get(0))
                .contains(sites.get(1).siteKey()).contains(sites.get(2).siteKey());

        mvc.post().uri("/admin/users/viewer/sites").with(user(users.loadUserByUsername("admin"))).with(csrf()).exchange();
        assertThat(userSites.assigned("viewer")).isEmpty();
    }

    @Test
    void anUnknownSiteIsRefusedAndNothingChanges() {
        userSites.assign("viewer", List.of(careSites.list().get(0).siteKey()));

        MvcTestResult result = mvc.post().uri("/admin/users/viewer/sites").param("sites", "atlantis")
                .with(user(users.loadUserByUsername("admin"))).with(csrf()).exchange();

        assertThat(result).hasStatus(400);
        assertThat(userSites.assigned("viewer")).containsExactly(careSites.list().get(0).siteKey());
    }

    @Test
    void onlyAdministratorsMayAssignSites() {
        assertThat(get("analyst", "/admin/users")).hasStatus(403);
        assertThat(mvc.post().uri("/admin/users/analyst/sites").param("sites", careSites.list().get(0).siteKey())
                .with(user(users.loadUserByUsername("analyst"))).with(csrf()).exchange()).hasStatus(403);
    }
}
