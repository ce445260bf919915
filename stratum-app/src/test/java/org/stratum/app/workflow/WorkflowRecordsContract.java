package org.stratum.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.stratum.app.TestWorkflowStore;
import org.stratum.app.audit.AuditLog;
import org.stratum.app.organisation.Organisations;
import org.stratum.app.security.Role;
import org.stratum.app.security.UserAccounts;
import org.stratum.app.workflow.assessment.AssessmentRound;
import org.stratum.app.workflow.assessment.AssessmentRounds;
import org.stratum.app.workflow.assessment.DriverScore;
import org.stratum.app.workflow.assessment.Invitee;
import org.stratum.app.workflow.assessment.NotInvited;
import org.stratum.app.workflow.assessment.RatedScore;
import org.stratum.app.workflow.assessment.RoundClosed;
import org.stratum.app.workflow.assessment.RoundResults;
import org.stratum.app.workflow.assessment.RoundStatus;
import org.stratum.app.workflow.assessment.RoundToScore;
import org.stratum.app.workflow.assessment.RoundSummary;
import org.stratum.app.workflow.assessment.Scoresheets;
import org.stratum.app.workflow.drivers.DriverDiagrams;
import org.stratum.app.workflow.drivers.DriverStatement;
import org.stratum.app.workflow.drivers.OrganisationDriverDiagram;
import org.stratum.core.toolkit.DriverDiagram;
import org.stratum.core.toolkit.KeyDriver;
import org.stratum.core.toolkit.Opportunity;
import org.stratum.core.toolkit.assessment.DriverScoreSummary;

/**
 * What the driver diagram and the self-assessment rounds must do on every database the workflow
 * store supports, through the application's own repositories over a freshly migrated database.
 */
public abstract class WorkflowRecordsContract {

    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    static final LocalDate MARCH_15 = LocalDate.of(2026, 3, 15);

    JdbcClient jdbc;
    UserAccounts accounts;
    DriverDiagrams diagrams;
    AssessmentRounds rounds;
    Scoresheets scoresheets;
    RoundResults results;
    long rosa;
    long sam;
    long lee;

    /** A new, empty database for one test; the subclass cleans it up afterwards. */
    protected abstract DataSource emptyDatabase() throws Exception;

    @BeforeEach
    void migratedStoreWithThreeColleagues() throws Exception {
        jdbc = JdbcClient.create(TestWorkflowStore.migrated(emptyDatabase()));
        AuditLog audit = new AuditLog(jdbc);
        Organisations organisations = new Organisations(jdbc);
        organisations.ensureExists("Valley Clinics");
        accounts = new UserAccounts(jdbc, PasswordEncoderFactories.createDelegatingPasswordEncoder());
        diagrams = new DriverDiagrams(jdbc, organisations, audit);
        rounds = new AssessmentRounds(jdbc, audit);
        scoresheets = new Scoresheets(jdbc, rounds, audit);
        results = new RoundResults(rounds, scoresheets);
        rosa = colleague("rosa", "Rosa Diaz", Role.ADMIN);
        sam = colleague("sam", "Sam Okafor", Role.ANALYST);
        lee = colleague("lee", "Lee Chen", Role.VIEWER);
    }

    @Test
    void driverDiagramStartsWithTheToolkitsAimAndWording() {
        OrganisationDriverDiagram diagram = diagrams.current();

        assertThat(diagram.aim()).isEqualTo(DriverDiagram.TOOLKIT_AIM);
        assertThat(diagram.targetPopulation()).isEqualTo(DriverDiagram.TOOLKIT_TARGET_POPULATION);
        assertThat(diagram.drivers()).extracting(DriverStatement::statement)
                .containsExactly(Arrays.stream(KeyDriver.values()).map(KeyDriver::statement).toArray(String[]::new));
        assertThat(diagram.foundational()).hasSize(2);
        assertThat(diagram.mapped()).extracting(driver -> driver.opportunity().orElseThrow())
                .containsExactly(Opportunity.values());
    }

    @Test
    void rewordedAimAndDriverAreKeptWithWhoChangedThem() {
        List<DriverStatement> drivers = new ArrayList<>(diagrams.current().drivers());
        drivers.set(KeyDriver.ORGANIZED_TEAMS.ordinal(), new DriverStatement(KeyDriver.ORGANIZED_TEAMS,
                "Improvement teams that include patients and people from the communities we serve"));

        diagrams.change(new OrganisationDriverDiagram("Close the blood-pressure control gap by 2027",
                "Our patients in the Central Valley", drivers), "rosa");

        OrganisationDriverDiagram changed = diagrams.current();
        assertThat(changed.aim()).isEqualTo("Close the blood-pressure control gap by 2027");
        assertThat(changed.targetPopulation()).isEqualTo("Our patients in the Central Valley");
        assertThat(changed.statementOf(KeyDriver.ORGANIZED_TEAMS)).startsWith("Improvement teams that include patients");
        assertThat(changed.drivers()).filteredOn(driver -> !driver.isToolkitWording())
                .extracting(DriverStatement::driver).containsExactly(KeyDriver.ORGANIZED_TEAMS);
        assertThat(jdbc.sql("SELECT changed_by FROM key_driver_wording WHERE driver = 'ORGANIZED_TEAMS'")
                .query(String.class).single()).isEqualTo("rosa");
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE username = 'rosa' ORDER BY id").query(String.class).list())
                .containsExactly("drivers.aim.change", "drivers.wording.change");
    }

    @Test
    void databaseKnowsOnlyTheNineDrivers() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO key_driver_wording (driver, statement, changed_by) VALUES ('TENTH', 'x', 'rosa')")
                .update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void openedRoundInvitesTheChosenEnabledAccountsOnce() {
        long disabled = colleague("gone", "Former colleague", Role.VIEWER);
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id = ?").param(disabled).update();

        AssessmentRound round = rounds.open("Spring 2026", MARCH_1, MARCH_15, List.of(sam, lee, disabled), "rosa");
        rounds.invite(round.id(), List.of(sam, rosa), "rosa");

        assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(round.openedBy()).isEqualTo("rosa");
        assertThat(round.startsOn()).isEqualTo(MARCH_1);
        assertThat(round.endsOn()).isEqualTo(MARCH_15);
        assertThat(rounds.invitees(round.id())).extracting(Invitee::username).containsExactly("lee", "rosa", "sam");
        assertThat(rounds.isInvited(round.id(), "gone")).isFalse();
        assertThat(rounds.openFor("sam")).containsExactly(new RoundToScore(round, false));
        assertThat(rounds.openFor("gone")).isEmpty();
    }

    @Test
    void invitedRatersScoresAddUpToMeanMedianRangeAndPriorities() {
        AssessmentRound round = rounds.open("Spring 2026", MARCH_1, MARCH_15, List.of(sam, lee), "rosa");

        scoresheets.handIn(round.id(), "sam", sheet(4, KeyDriver.ROOT_CAUSE_ANALYSIS, 1, KeyDriver.ORGANIZED_TEAMS, 3));
        scoresheets.handIn(round.id(), "lee", sheet(5, KeyDriver.ROOT_CAUSE_ANALYSIS, 2, KeyDriver.ORGANIZED_TEAMS, 4));

        RoundSummary summary = results.of(round.id());
        assertThat(summary.summary().raters()).isEqualTo(2);
        DriverScoreSummary rootCauses = summary.summary().summaryOf(KeyDriver.ROOT_CAUSE_ANALYSIS);
        assertThat(rootCauses.mean()).isEqualTo(1.5);
        assertThat(rootCauses.median()).isEqualTo(1.5);
        assertThat(rootCauses.lowest()).isEqualTo(1);
        assertThat(rootCauses.highest()).isEqualTo(2);
        assertThat(rootCauses.raters()).isEqualTo(2);
        assertThat(summary.summary().summaryOf(KeyDriver.ORGANIZED_TEAMS).mean()).isEqualTo(3.5);
        assertThat(summary.summary().priorities()).extracting(DriverScoreSummary::driver)
                .containsExactly(KeyDriver.ROOT_CAUSE_ANALYSIS);
        assertThat(summary.summary().priorityOpportunities()).containsExactly(Opportunity.ROOT_CAUSES);
        assertThat(rounds.invitees(round.id())).allMatch(Invitee::scored);
        assertThat(rounds.openFor("sam")).extracting(RoundToScore::scored).containsExactly(true);
    }

    @Test
    void ratedScoresKeepWhoGaveWhichScoreAndTheirNotes() {
        AssessmentRound round = rounds.open("Spring 2026", MARCH_1, MARCH_15, List.of(sam), "rosa");
        List<DriverScore> scores = new ArrayList<>(sheet(4));
        scores.set(0, new DriverScore(KeyDriver.SHARED_UNDERSTANDING, 2, "  We have not trained together yet.  "));

        scoresheets.handIn(round.id(), "sam", scores);

        assertThat(scoresheets.ratedScores(round.id())).hasSize(9)
                .contains(new RatedScore("sam", "Sam Okafor", KeyDriver.SHARED_UNDERSTANDING, 2,
                        "We have not trained together yet."))
                .filteredOn(rated -> rated.driver() == KeyDriver.MONITORING_DASHBOARDS)
                .extracting(RatedScore::note).containsOnlyNulls();
        assertThat(scoresheets.sheetOf(round.id(), "sam").get(KeyDriver.SHARED_UNDERSTANDING).score()).isEqualTo(2);
        assertThat(scoresheets.sheetOf(round.id(), "lee")).isEmpty();
    }

    @Test
    void handingInAgainReplacesTheEarlierScores() {
        AssessmentRound round = rounds.open("Spring 2026", MARCH_1, MARCH_15, List.of(sam), "rosa");
        scoresheets.handIn(round.id(), "sam", sheet(2));

        scoresheets.handIn(round.id(), "sam", sheet(4));

        assertThat(scoresheets.raterScores(round.id())).hasSize(9).allMatch(score -> score.score() == 4);
    }

    @Test
    void personNotInvitedCannotScore() {
        AssessmentRound round = rounds.open("Spring 2026", MARCH_1, MARCH_15, List.of(sam), "rosa");

        assertThatThrownBy(() -> scoresheets.handIn(round.id(), "lee", sheet(1)))
                .isInstanceOf(NotInvited.class).hasMessageContaining("'lee'");
        assertThat(scoresheets.raterScores(round.id())).isEmpty();
    }

    @Test
    void closedRoundIsFrozen() {
        AssessmentRound round = rounds.open("Spring 2026", MARCH_1, MARCH_15, List.of(sam), "rosa");
        scoresheets.handIn(round.id(), "sam", sheet(3));

        AssessmentRound closed = rounds.close(round.id(), "rosa");

        assertThat(closed.status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(closed.closedBy()).isEqualTo("rosa");
        assertThat(closed.closedAt()).isNotNull();
        assertThatThrownBy(() -> scoresheets.handIn(round.id(), "sam", sheet(5))).isInstanceOf(RoundClosed.class);
        assertThatThrownBy(() -> rounds.invite(round.id(), List.of(lee), "rosa")).isInstanceOf(RoundClosed.class);
        assertThatThrownBy(() -> rounds.close(round.id(), "rosa")).isInstanceOf(RoundClosed.class);
        assertThat(scoresheets.raterScores(round.id())).allMatch(score -> score.score() == 3);
        assertThat(rounds.invitees(round.id())).extracting(Invitee::username).containsExactly("sam");
        assertThat(rounds.openFor("sam")).isEmpty();
    }

    @Test
    void databaseRefusesScoresOffTheScaleFromPeopleNotInvitedAndRoundsEndingBeforeTheyStart() {
        AssessmentRound round = rounds.open("Spring 2026", MARCH_1, MARCH_15, List.of(sam), "rosa");

        assertThatThrownBy(() -> insertScore(round.id(), sam, 6)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertScore(round.id(), sam, 0)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertScore(round.id(), lee, 3)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> rounds.open("Backwards", MARCH_15, MARCH_1, List.of(sam), "rosa"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE assessment_round SET status = 'closed' WHERE id = ?")
                .param(round.id()).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void roundsOverTimeAreOldestFirstAndTheLatestPrefersAClosedRound() {
        assertThat(results.latest()).isEmpty();
        AssessmentRound spring = rounds.open("Spring 2026", MARCH_1, MARCH_15, List.of(sam, lee), "rosa");
        scoresheets.handIn(spring.id(), "sam", sheet(2));
        scoresheets.handIn(spring.id(), "lee", sheet(3));
        rounds.close(spring.id(), "rosa");
        AssessmentRound autumn = rounds.open("Autumn 2026", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15),
                List.of(sam, lee), "rosa");
        AssessmentRound unscored = rounds.open("Winter 2027", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 18),
                List.of(sam), "rosa");

        scoresheets.handIn(autumn.id(), "sam", sheet(4));
        scoresheets.handIn(autumn.id(), "lee", sheet(5));

        assertThat(results.overTime()).extracting(summary -> summary.round().name())
                .containsExactly("Spring 2026", "Autumn 2026");
        assertThat(results.overTime()).extracting(summary -> summary.summary().summaryOf(KeyDriver.MONITORING_DASHBOARDS).mean())
                .containsExactly(2.5, 4.5);
        assertThat(results.latest()).map(summary -> summary.round().id()).hasValue(spring.id());
        rounds.close(autumn.id(), "rosa");
        assertThat(results.latest()).map(summary -> summary.round().id()).hasValue(autumn.id());
        assertThat(rounds.list()).extracting(AssessmentRound::id).startsWith(unscored.id());
    }

    @Test
    void roundScoredByOnePersonStaysOutOfTheComparisonAndTheLatestPriorities() {
        AssessmentRound round = rounds.open("Spring 2026", MARCH_1, MARCH_15, List.of(sam, lee), "rosa");
        scoresheets.handIn(round.id(), "sam", sheet(1));
        rounds.close(round.id(), "rosa");

        assertThat(results.of(round.id()).summary().raters()).isEqualTo(1);
        assertThat(results.overTime()).isEmpty();
        assertThat(results.latest()).isEmpty();
    }

    /** A scoresheet with {@code score} for every driver, except the drivers and scores given in pairs. */
    private static List<DriverScore> sheet(int score, Object... exceptions) {
        List<DriverScore> scores = new ArrayList<>();
        for (KeyDriver driver : KeyDriver.values()) {
            int given = score;
            for (int i = 0; i < exceptions.length; i += 2) {
                if (exceptions[i] == driver) {
                    given = (Integer) exceptions[i + 1];
                }
            }
            scores.add(new DriverScore(driver, given, null));
        }
        return scores;
    }

    /** An account that signs in with a password nobody needs here (bcrypt would only slow the tests). */
    private long colleague(String username, String displayName, Role role) {
        jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, role) VALUES (?, ?, '{noop}unused', ?)")
                .params(username, displayName, role.code()).update();
        return accounts.find(username).orElseThrow().id();
    }

    private void insertScore(long roundId, long userId, int score) {
        jdbc.sql("INSERT INTO assessment_score (round_id, user_id, driver, score) VALUES (?, ?, 'ORGANIZED_TEAMS', ?)")
                .params(roundId, userId, score).update();
    }
}
