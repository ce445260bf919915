package org.stratum.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.stratum.app.TestWorkflowStore;

class UserSitesTests {

    @TempDir
    Path dataDir;

    private SingleConnectionDataSource store;
    private UserSites userSites;

    @BeforeEach
    void threeSitesAndOnePersonPerRole() throws IOException {
        store = TestWorkflowStore.h2(dataDir);
        TestWorkflowStore.migrated(store);
        JdbcClient jdbc = JdbcClient.create(store);
        jdbc.sql("INSERT INTO organisation (id, name, aim, target_population) VALUES (1, 'Clinic', 'aim', 'all')").update();
        for (String site : List.of("harbor", "valley", "downtown")) {
            jdbc.sql("INSERT INTO care_site (site_key, name, organisation_id) VALUES (?, ?, 1)").params(site, site).update();
        }
        for (String role : List.of("admin", "analyst", "viewer")) {
            jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, role) VALUES (?, ?, 'x', ?)")
                    .params(role, role, role).update();
        }
        userSites = new UserSites(jdbc);
    }

    @AfterEach
    void closeStore() {
        store.destroy();
    }

    @Test
    void anAnalystSeesOnlyTheSitesAssigned() {
        assertThat(userSites.scopeOf("analyst").isEmpty()).isTrue();

        userSites.assign("analyst", List.of("valley", "harbor"));

        SiteScope scope = userSites.scopeOf("analyst");
        assertThat(scope.permits("harbor")).isTrue();
        assertThat(scope.permits("valley")).isTrue();
        assertThat(scope.permits("downtown")).isFalse();
        assertThat(userSites.assigned("analyst")).containsExactly("harbor", "valley");
    }

    @Test
    void anAdministratorWithoutSitesSeesEverySiteAndWithSitesOnlyThose() {
        assertThat(userSites.scopeOf("admin").permits("downtown")).isTrue();

        userSites.assign("admin", List.of("harbor"));

        assertThat(userSites.scopeOf("admin").permits("downtown")).isFalse();
        assertThat(userSites.scopeOf("admin").permits("harbor")).isTrue();
    }

    @Test
    void aViewerSeesNoPatientEvenWhenAssignedSites() {
        userSites.assign("viewer", List.of("harbor"));

        assertThat(userSites.scopeOf("viewer").isEmpty()).isTrue();
        assertThat(userSites.scopeOf("nobody").isEmpty()).isTrue();
    }

    @Test
    void anUnknownSiteIsRefusedByNameAndTheEarlierAssignmentStays() {
        userSites.assign("analyst", List.of("harbor"));

        assertThatThrownBy(() -> userSites.assign("analyst", List.of("valley", "atlantis")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'atlantis'");
        assertThat(userSites.assigned("analyst")).containsExactly("harbor");
    }
}
