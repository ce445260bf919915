package org.stratum.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stratum.app.organisation.Organisation;
import org.stratum.app.organisation.Organisations;
import org.stratum.app.security.AccountRejected;
import org.stratum.app.security.Role;
import org.stratum.app.security.UserAccount;
import org.stratum.app.security.UserAccounts;
import org.stratum.core.toolkit.DriverDiagram;

/**
 * What the workflow store must do on every database it supports: the Flyway migrations apply to an
 * empty database, and the application's own SQL (accounts, organisation) behaves the same way.
 * Each database gets a subclass that hands over a fresh, empty database for every test.
 */
abstract class WorkflowStoreContract {

    private final PasswordEncoder passwordEncoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    JdbcClient jdbc;
    UserAccounts accounts;
    Organisations organisations;

    /** A new, empty database for one test; the subclass cleans it up afterwards. */
    protected abstract DataSource emptyDatabase() throws Exception;

    @BeforeEach
    void migrate() throws Exception {
        DataSource dataSource = emptyDatabase();
        // The same locations as spring.flyway.locations in application.properties.
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        accounts = new UserAccounts(jdbc, passwordEncoder);
        organisations = new Organisations(jdbc);
    }

    @Test
    void migrationCreatesTheWorkflowTables() {
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA")
                .query(String.class).list();

        assertThat(tables).containsExactlyInAnyOrder(
                "organisation", "care_site", "app_user", "user_site", "audit_event",
                "key_driver_wording", "assessment_round", "assessment_invitation", "assessment_score",
                "saved_view",
                "improvement_cycle", "improvement_effort", "co_design_session", "pdsa_cycle",
                "foundations_discussion", "foundations_discussion_effort",
                "improvement_team", "team_member", "team_meeting",
                "root_cause_analysis", "root_cause_evidence", "root_cause_participant", "barrier", "institutional_action",
                "community_partner",
                "self_id_code", "self_id_response", "self_id_wrong_code",
                "flyway_schema_history");
    }

    @Test
    void organisationIsCreatedOnceWithTheToolkitsAimAndTargetPopulation() {
        Organisation created = organisations.ensureExists("Riverside Community Health");
        Organisation again = organisations.ensureExists("Another name");

        assertThat(again).isEqualTo(created);
        assertThat(created.name()).isEqualTo("Riverside Community Health");
        assertThat(created.aim()).isEqualTo(DriverDiagram.TOOLKIT_AIM);
        assertThat(created.targetPopulation()).isEqualTo(DriverDiagram.TOOLKIT_TARGET_POPULATION);
        assertThat(created.createdAt()).isNotNull();
    }

    @Test
    void renamedOrganisationKeepsItsAim() {
        Organisation created = organisations.ensureExists("My organisation");

        organisations.rename(created.id(), "Valley Clinics");

        assertThat(organisations.current().name()).isEqualTo("Valley Clinics");
        assertThat(organisations.current().aim()).isEqualTo(created.aim());
    }

    @Test
    void createdAccountKeepsOnlyABcryptHashOfItsPassword() {
        UserAccount created = accounts.create("maria.lopez", "Maria Lopez", Role.ANALYST, "quiet-river-77");

        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(created.id())
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("quiet-river-77");
        assertThat(passwordEncoder.matches("quiet-river-77", hash)).isTrue();
        assertThat(accounts.list()).extracting(UserAccount::username, UserAccount::role, UserAccount::enabled,
                        UserAccount::demo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("maria.lopez", Role.ANALYST, true, false));
    }

    @Test
    void usernamesAreUnique() {
        accounts.create("maria.lopez", "Maria Lopez", Role.ANALYST, "quiet-river-77");

        assertThatThrownBy(() -> accounts.create("maria.lopez", "Someone else", Role.VIEWER, "another-pass-1"))
                .isInstanceOf(AccountRejected.class).hasMessageContaining("taken");
        assertThatThrownBy(() -> insertUser("maria.lopez", "viewer"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void roleMustBeAdminAnalystOrViewer() {
        assertThatThrownBy(() -> insertUser("root", "root")).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shortPasswordsAndUnknownAccountsAreRejected() {
        assertThatThrownBy(() -> accounts.create("sam", "Sam", Role.VIEWER, "short"))
                .isInstanceOf(AccountRejected.class).hasMessageContaining("at least 8 characters");
        assertThatThrownBy(() -> accounts.changePassword("nobody", "long-enough-1"))
                .isInstanceOf(AccountRejected.class).hasMessageContaining("'nobody'");
    }

    @Test
    void changedPasswordReplacesTheOldOne() {
        accounts.create("sam", "Sam", Role.VIEWER, "first-password");

        accounts.changePassword("sam", "second-password");

        assertThat(passwordEncoder.matches("second-password", hashOf("sam"))).isTrue();
        assertThat(passwordEncoder.matches("first-password", hashOf("sam"))).isFalse();
    }

    @Test
    void demoAccountsAreCreatedDisabledAndRefreshed() {
        accounts.ensureDemoUsers("first-demo");
        List<UserAccount> created = accounts.list();
        assertThat(created).extracting(UserAccount::username).containsExactly("admin", "analyst", "viewer");
        assertThat(created).extracting(UserAccount::role).containsExactly(Role.ADMIN, Role.ANALYST, Role.VIEWER);
        assertThat(created).allSatisfy(account -> assertThat(account.demo() && account.enabled()).isTrue());

        assertThat(accounts.disableDemoUsers()).isEqualTo(3);
        assertThat(accounts.list()).noneMatch(UserAccount::enabled);

        accounts.ensureDemoUsers("second-demo");
        assertThat(accounts.list()).allMatch(UserAccount::enabled)
                .extracting(UserAccount::id).isEqualTo(created.stream().map(UserAccount::id).toList());
        assertThat(passwordEncoder.matches("second-demo", hashOf("viewer"))).isTrue();
        assertThat(passwordEncoder.matches("first-demo", hashOf("viewer"))).isFalse();
    }

    @Test
    void demoModeNeverTakesOverARealAccount() {
        accounts.create("admin", "Real administrator", Role.ADMIN, "real-admin-pass");

        assertThatThrownBy(() -> accounts.ensureDemoUsers("demo-password"))
                .isInstanceOf(AccountRejected.class).hasMessageContaining("'admin'");
        assertThat(accounts.find("admin")).hasValueSatisfying(admin -> assertThat(admin.demo()).isFalse());
        assertThat(accounts.disableDemoUsers()).isZero();
    }

    @Test
    void userSitesGoWithTheirUserAndSiteKeysAreUnique() {
        long organisation = organisations.ensureExists("Valley Clinics").id();
        jdbc.sql("INSERT INTO care_site (site_key, name, organisation_id) VALUES ('S01', 'Main Street', ?)")
                .param(organisation).update();
        long user = accounts.create("sam", "Sam", Role.VIEWER, "first-password").id();
        jdbc.sql("INSERT INTO user_site (user_id, care_site_id) SELECT ?, id FROM care_site WHERE site_key = 'S01'")
                .param(user).update();

        assertThatThrownBy(() -> jdbc.sql(
                        "INSERT INTO care_site (site_key, name, organisation_id) VALUES ('S01', 'Again', ?)")
                .param(organisation).update()).isInstanceOf(DataIntegrityViolationException.class);
        jdbc.sql("DELETE FROM app_user WHERE id = ?").param(user).update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_site").query(Long.class).single()).isZero();
    }

    @Test
    void auditEventsGetAnIdAndATime() {
        jdbc.sql("INSERT INTO audit_event (username, action, subject) VALUES ('sam', 'view', 'outreach-list')").update();
        jdbc.sql("INSERT INTO audit_event (action) VALUES ('startup')").update();

        assertThat(jdbc.sql("SELECT id FROM audit_event ORDER BY id").query(Long.class).list())
                .hasSize(2).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE occurred_at IS NULL").query(Long.class).single())
                .isZero();
    }

    private void insertUser(String username, String role) {
        jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, role) VALUES (?, ?, ?, ?)")
                .params(username, username, "{noop}x", role).update();
    }

    private String hashOf(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username)
                .query(String.class).single();
    }
}
