package org.stratum.app.web.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.stratum.app.TestWorkflowStore;
import org.stratum.app.organisation.CareSites;
import org.stratum.app.organisation.Organisations;
import org.stratum.app.organisation.UserSites;
import org.stratum.app.security.Role;
import org.stratum.app.security.UserAccounts;

/**
 * Saved views and site assignment on every database the workflow store supports, through the
 * application's repositories over a freshly migrated database.
 */
abstract class SavedViewsContract {
    JdbcClient jdbc;
    SavedViews views;
    UserSites userSites;

    /** A new, empty database for one test; the subclass cleans it up afterwards. */
    protected abstract DataSource emptyDatabase() throws Exception;

    @BeforeEach
    void migratedStoreWithAnAnalystAndThreeSites() throws Exception {
        jdbc = JdbcClient.create(TestWorkflowStore.migrated(emptyDatabase()));
        long organisation = new Organisations(jdbc).ensureExists("Valley Clinics").id();
        new UserAccounts(jdbc, PasswordEncoderFactories.createDelegatingPasswordEncoder())
                .create("sam", "Sam Okafor", Role.ANALYST, "correct-horse-battery");
        CareSites sites = new CareSites(jdbc);
        sites.upsert(organisation, "harbor", "Harbor View");
        sites.upsert(organisation, "mission", "Mission Street");
        sites.upsert(organisation, "valley", "Valley Clinic");
        views = new SavedViews(jdbc);
        userSites = new UserSites(jdbc);
    }

    @Test
    void aSavedViewComesBackWithWhoSavedItWhenAndItsAddress() {
        OffsetDateTime before = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        long id = views.save("  Spanish speakers' blood pressure  ", "/outreach",
                "measure=controlling-high-blood-pressure&filter=language%3Des", "For the May huddle", "sam");

        SavedView view = views.find(id).orElseThrow();
        assertThat(view.title()).isEqualTo("Spanish speakers' blood pressure");
        assertThat(view.address()).isEqualTo("/outreach?measure=controlling-high-blood-pressure&filter=language%3Des");
        assertThat(view.note()).isEqualTo("For the May huddle");
        assertThat(view.savedBy()).isEqualTo("sam");
        assertThat(view.savedAt()).isAfterOrEqualTo(before);
        assertThat(view.patientLevel()).isTrue();
    }

    @Test
    void viewsAreListedNewestFirstAndABlankNoteIsNone() {
        long first = views.save("Gaps 2025", "/gaps", "period=2025-01-01/2025-12-31", "", "sam");
        long second = views.save("Blood pressure by payer", "/measures/controlling-high-blood-pressure", "by=payer", null,
                "sam");

        assertThat(views.list()).extracting(SavedView::id).containsExactly(second, first);
        assertThat(views.find(first).orElseThrow().note()).isNull();
        assertThat(views.find(second).orElseThrow().patientLevel()).isFalse();
    }

    @Test
    void theDatabaseRefusesAPageThatCannotBeSavedAndABlankTitle() {
        assertThatThrownBy(() -> views.save("Elsewhere", "/admin/users", "", null, "sam"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> views.save("   ", "/gaps", "", null, "sam"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(views.list()).isEmpty();
    }

    @Test
    void anUnknownSaverIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> views.save("Gaps", "/gaps", "", null, "nobody"))
                .hasMessageContaining("nobody");
        assertThat(views.list()).isEmpty();
    }

    @Test
    void assigningSitesReplacesThePreviousOnesAndAnUnknownSiteChangesNothing() {
        userSites.assign("sam", List.of("valley", "harbor"));
        userSites.assign("sam", List.of("mission"));
        assertThat(userSites.assigned("sam")).containsExactly("mission");

        assertThatThrownBy(() -> userSites.assign("sam", List.of("harbor", "atlantis")))
                .hasMessageContaining("atlantis");
        assertThat(userSites.assigned("sam")).containsExactly("mission");
        assertThat(userSites.scopeOf("sam").permits("mission")).isTrue();
        assertThat(userSites.scopeOf("sam").permits("harbor")).isFalse();
    }
}
