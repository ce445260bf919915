package org.stratum.app.workflow.improvement;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.stratum.app.TestWorkflowStore;
import org.stratum.app.audit.AuditLog;
import org.stratum.app.organisation.Organisations;
import org.stratum.app.security.Role;
import org.stratum.app.security.UserAccounts;
import org.stratum.app.workflow.assessment.AssessmentRounds;
import org.stratum.app.workflow.assessment.AssessmentRoundsPart;
import org.stratum.app.workflow.assessment.Scoresheets;
import org.stratum.app.workflow.drivers.DriverDiagrams;
import org.stratum.app.workflow.drivers.DriverWordingPart;
import org.stratum.app.workflow.drivers.OrganisationAimPart;
import org.stratum.app.workflow.exchange.WorkflowDataExchange;
import org.stratum.app.workflow.history.RecordHistory;
import org.stratum.app.workflow.rootcause.RootCauseAnalyses;
import org.stratum.app.workflow.cycles.ImprovementCycles;
import org.stratum.app.workflow.cycles.ImprovementCyclesPart;
import org.stratum.app.workflow.efforts.CoDesignSessions;
import org.stratum.app.workflow.efforts.ImprovementEfforts;
import org.stratum.app.workflow.foundations.FoundationsDiscussions;
import org.stratum.app.workflow.foundations.FoundationsDiscussionsPart;
import org.stratum.app.workflow.pdsa.PdsaCycles;
import org.stratum.app.workflow.rootcause.RootCausesPart;
import org.stratum.app.workflow.teams.Teams;
import org.stratum.app.workflow.teams.TeamsPart;
import org.stratum.app.workflow.transformation.Barriers;
import org.stratum.app.workflow.transformation.CommunityPartners;
import org.stratum.app.workflow.transformation.InstitutionalActions;
import org.stratum.app.workflow.transformation.TransformationPartsAccess;

/**
 * The application's workflow repositories over one freshly migrated database, with the organisation
 * and three colleagues (rosa, admin; sam, analyst; lee, viewer), wired as the application wires them.
 */
final class ImprovementStore {
    final JdbcClient jdbc;
    final Organisations organisations;
    final DriverDiagrams diagrams;
    final AssessmentRounds rounds;
    final Scoresheets scoresheets;
    final RootCauseAnalyses analyses;
    final Barriers barriers;
    final InstitutionalActions actions;
    final CommunityPartners partners;
    final RecordHistory history;
    final ImprovementCycles cycles;
    final ImprovementEfforts efforts;
    final CoDesignSessions sessions;
    final PdsaCycles pdsa;
    final Teams teams;
    final FoundationsDiscussions discussions;
    final WorkflowDataExchange exchange;

    ImprovementStore(DataSource database) {
        jdbc = JdbcClient.create(TestWorkflowStore.migrated(database));
        AuditLog audit = new AuditLog(jdbc);
        organisations = new Organisations(jdbc);
        organisations.ensureExists("Valley Clinics");
        UserAccounts accounts = new UserAccounts(jdbc, PasswordEncoderFactories.createDelegatingPasswordEncoder());
        accounts.create("rosa", "Rosa Diaz", Role.ADMIN, "a-long-password-1");
        accounts.create("sam", "Sam Okafor", Role.ANALYST, "a-long-password-2");
        accounts.create("lee", "Lee Chen", Role.VIEWER, "a-long-password-3");
        diagrams = new DriverDiagrams(jdbc, organisations, audit);
        rounds = new AssessmentRounds(jdbc, audit);
        scoresheets = new Scoresheets(jdbc, rounds, audit);
        analyses = new RootCauseAnalyses(jdbc, audit);
        barriers = new Barriers(jdbc, audit);
        actions = new InstitutionalActions(jdbc, audit);
        partners = new CommunityPartners(jdbc, audit);
        history = new RecordHistory(jdbc);
        cycles = new ImprovementCycles(jdbc, audit);
        efforts = new ImprovementEfforts(jdbc, cycles, audit);
        sessions = new CoDesignSessions(jdbc, efforts, audit);
        pdsa = new PdsaCycles(jdbc, efforts, audit);
        teams = new Teams(jdbc, audit);
        discussions = new FoundationsDiscussions(jdbc, efforts, audit);
        exchange = new WorkflowDataExchange(List.of(new OrganisationAimPart(organisations), new DriverWordingPart(jdbc),
                new AssessmentRoundsPart(jdbc, rounds), new RootCausesPart(analyses),
                TransformationPartsAccess.barriers(barriers), TransformationPartsAccess.actions(actions),
                TransformationPartsAccess.partners(partners), new ImprovementCyclesPart(cycles, efforts, sessions, pdsa),
                new FoundationsDiscussionsPart(discussions, efforts), new TeamsPart(teams)),
                new DataSourceTransactionManager(database), audit);
    }

    String export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.export(out, "rosa");
        return out.toString(StandardCharsets.UTF_8);
    }

    int importJson(String json) {
        return exchange.importFrom(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "rosa");
    }
}
