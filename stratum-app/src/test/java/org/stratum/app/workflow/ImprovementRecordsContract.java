package org.stratum.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stratum.app.TestWorkflowStore;
import org.stratum.app.annotations.ChartAnnotation;
import org.stratum.app.audit.AuditLog;
import org.stratum.app.workflow.assessment.AssessmentRounds;
import org.stratum.app.workflow.cycles.CyclePlan;
import org.stratum.app.workflow.cycles.ImprovementCycle;
import org.stratum.app.workflow.cycles.ImprovementCycles;
import org.stratum.app.workflow.due.DueItem;
import org.stratum.app.workflow.due.ReminderSettings;
import org.stratum.app.workflow.due.WhatIsDue;
import org.stratum.app.workflow.efforts.CoDesignSessions;
import org.stratum.app.workflow.efforts.EffortPlan;
import org.stratum.app.workflow.efforts.EquityAim;
import org.stratum.app.workflow.efforts.ImprovementEffort;
import org.stratum.app.workflow.efforts.ImprovementEfforts;
import org.stratum.app.workflow.foundations.FoundationsDiscussions;
import org.stratum.app.workflow.pdsa.ActDecision;
import org.stratum.app.workflow.pdsa.PdsaChartAnnotations;
import org.stratum.app.workflow.pdsa.PdsaCycle;
import org.stratum.app.workflow.pdsa.PdsaCycles;
import org.stratum.app.workflow.pdsa.PdsaOutOfOrder;
import org.stratum.app.workflow.pdsa.PdsaPlan;
import org.stratum.app.workflow.pdsa.PdsaStage;
import org.stratum.app.workflow.teams.Team;
import org.stratum.app.workflow.teams.TeamComposition;
import org.stratum.app.workflow.teams.TeamMember;
import org.stratum.app.workflow.teams.TeamRole;
import org.stratum.app.workflow.teams.Teams;
import org.stratum.core.toolkit.KeyDriver;
import org.stratum.core.toolkit.Opportunity;
import org.stratum.engine.equity.StratifyingDimension;

/**
 * What improvement cycles, efforts, co-design sessions, PDSA cycles, foundations discussions, teams,
 * the chart annotations and the reminders must do on every database the workflow store supports.
 */
public abstract class ImprovementRecordsContract {

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final EquityAim BP_FOR_SPANISH = new EquityAim("controlling-blood-pressure", StratifyingDimension.LANGUAGE,
            "Spanish", new BigDecimal("52.0"), new BigDecimal("65.0"), LocalDate.of(2026, 6, 30));

    JdbcClient jdbc;
    ImprovementCycles cycles;
    ImprovementEfforts efforts;
    CoDesignSessions sessions;
    PdsaCycles pdsa;
    FoundationsDiscussions discussions;
    AssessmentRounds rounds;
    WhatIsDue due;
    Teams teams;

    /** A new, empty database for one test; the subclass cleans it up afterwards. */
    protected abstract DataSource emptyDatabase() throws Exception;

    @BeforeEach
    void migratedStore() throws Exception {
        jdbc = JdbcClient.create(TestWorkflowStore.migrated(emptyDatabase()));
        AuditLog audit = new AuditLog(jdbc);
        cycles = new ImprovementCycles(jdbc, audit);
        efforts = new ImprovementEfforts(jdbc, cycles, audit);
        sessions = new CoDesignSessions(jdbc, efforts, audit);
        pdsa = new PdsaCycles(jdbc, efforts, audit);
        discussions = new FoundationsDiscussions(jdbc, efforts, audit);
        rounds = new AssessmentRounds(jdbc, audit);
        teams = new Teams(jdbc, audit);
        due = new WhatIsDue(rounds, cycles, pdsa, discussions, new ReminderSettings(6, 8, 30));
    }

    @Test
    void cycleKeepsItsOpportunityDriverAndWhoStartedIt() {
        ImprovementCycle cycle = cycles.start(spring(), "rosa");

        assertThat(cycle.opportunity()).isEqualTo(Opportunity.CO_DESIGN);
        assertThat(cycle.driver()).isEqualTo(KeyDriver.CO_DESIGNED_EFFORTS);
        assertThat(cycle.changed().version()).isZero();
        assertThat(cycle.changed().createdBy()).isEqualTo("rosa");
        assertThat(cycles.list()).extracting(ImprovementCycle::name).containsExactly("Blood pressure, spring 2026");
        assertThat(auditActions()).containsExactly("cycle.start");
    }

    @Test
    void secondEditorOfTheSameVersionIsRefusedAndTheFirstChangeStays() {
        ImprovementCycle cycle = cycles.start(spring(), "rosa");

        cycles.change(cycle.id(), 0, new CyclePlan("Renamed by Rosa", Opportunity.CO_DESIGN, JAN_1, JAN_1.plusMonths(5),
                null), "rosa");
        assertThatThrownBy(() -> cycles.change(cycle.id(), 0, new CyclePlan("Renamed by Sam", Opportunity.MONITOR, JAN_1,
                JAN_1.plusMonths(4), null), "sam"))
                .isInstanceOf(EditConflict.class).hasMessageContaining("Someone else changed this improvement cycle");

        ImprovementCycle stored = cycles.get(cycle.id());
        assertThat(stored.name()).isEqualTo("Renamed by Rosa");
        assertThat(stored.changed().version()).isEqualTo(1);
        assertThat(stored.changed().changedBy()).isEqualTo("rosa");
        assertThat(auditActions()).containsExactly("cycle.start", "cycle.change");
    }

    @Test
    void databaseRefusesACycleEndingBeforeItStartsAndAnUnknownOpportunity() {
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO improvement_cycle (name, opportunity, starts_on, ends_on, created_by, changed_by)
                VALUES ('x', 'CO_DESIGN', DATE '2026-02-01', DATE '2026-01-01', 'rosa', 'rosa')""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO improvement_cycle (name, opportunity, starts_on, ends_on, created_by, changed_by)
                VALUES ('x', 'EIGHTH', DATE '2026-01-01', DATE '2026-02-01', 'rosa', 'rosa')""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void effortKeepsItsEquityAimAndSessionsAreLoggedLatestFirst() {
        ImprovementEffort effort = effort();
        sessions.record(effort.id(), LocalDate.of(2026, 1, 20), "Six patients, two promotoras", "Evening calls work",
                "Call in Spanish after 6 pm", "sam");
        sessions.record(effort.id(), LocalDate.of(2026, 2, 3), "Patient advisory council", "Texts are read",
                "Add a text reminder", "sam");

        ImprovementEffort stored = efforts.get(effort.id());
        assertThat(stored.aim()).isEqualTo(BP_FOR_SPANISH);
        assertThat(stored.aim().describe("Controlling high blood pressure")).isEqualTo(
                "Raise Controlling high blood pressure for Spanish (preferred language) from 52% to 65% by 2026-06-30");
        assertThat(efforts.list()).extracting(ImprovementEffort::id).containsExactly(effort.id());
        assertThat(sessions.forEffort(effort.id())).extracting(s -> s.decided())
                .containsExactly("Add a text reminder", "Call in Spanish after 6 pm");
    }

    @Test
    void databaseRefusesATargetAbove100Percent() {
        long cycle = cycles.start(spring(), "rosa").id();
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO improvement_effort (cycle_id, title, measure_id, dimension, stratum, target_percent,
                    target_date, created_by, changed_by)
                VALUES (?, 'x', 'm', 'language', 'Spanish', 100.5, DATE '2026-06-30', 'rosa', 'rosa')""")
                .param(cycle).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void pdsaCycleGoesThroughItsPhasesInOrderWithWhoDidEach() {
        ImprovementEffort effort = effort();
        PdsaCycle planned = pdsa.plan(effort.id(), new PdsaPlan("Spanish-language call after a high reading",
                "Half of those called return within a month", null, LocalDate.of(2026, 2, 1), false), "sam");
        assertThat(planned.stage()).isEqualTo(PdsaStage.DOING);
        assertThatThrownBy(() -> pdsa.recordStudy(planned.id(), 0, "too early", "sam")).isInstanceOf(PdsaOutOfOrder.class);

        PdsaCycle done = pdsa.recordDo(planned.id(), 0, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 1), true,
                "41 patients called", "sam");
        assertThat(done.stage()).isEqualTo(PdsaStage.AWAITING_STUDY);
        assertThatThrownBy(() -> pdsa.recordAct(done.id(), 1, ActDecision.ADOPT, null, "sam"))
                .isInstanceOf(PdsaOutOfOrder.class);

        PdsaCycle studied = pdsa.recordStudy(done.id(), 1, "Returns rose", "rosa");
        assertThat(studied.stage()).isEqualTo(PdsaStage.AWAITING_ACT);
        assertThat(studied.studiedBy()).isEqualTo("rosa");
        assertThatThrownBy(() -> pdsa.recordAct(done.id(), 1, ActDecision.ABANDON, null, "sam"))
                .isInstanceOf(EditConflict.class);

        PdsaCycle decided = pdsa.recordAct(done.id(), 2, ActDecision.ADOPT, "Make it standard work", "rosa");
        assertThat(decided.stage()).isEqualTo(PdsaStage.DECIDED);
        assertThat(decided.actDecision()).isEqualTo(ActDecision.ADOPT);
        assertThat(decided.changed().version()).isEqualTo(3);
        assertThat(pdsa.forEffort(effort.id())).extracting(PdsaCycle::id).containsExactly(planned.id());
        assertThat(auditActions()).endsWith("pdsa.plan", "pdsa.do", "pdsa.study", "pdsa.act");
    }

    @Test
    void databaseRefusesADecisionWithoutAStudy() {
        ImprovementEffort effort = effort();
        long id = pdsa.plan(effort.id(), new PdsaPlan("c", "p", null, JAN_1, false), "sam").id();
        assertThatThrownBy(() -> jdbc.sql("""
                UPDATE pdsa_cycle SET act_decision = 'adopt', acted_by = 'sam', acted_at = CURRENT_TIMESTAMP WHERE id = ?""")
                .param(id).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void pdsaStartsAreAnnotationsOnTheirMeasuresChartsWithTheChosenBaseline() {
        ImprovementEffort effort = effort();
        PdsaCycle first = pdsa.plan(effort.id(), new PdsaPlan("Evening calls", "p", null, LocalDate.of(2026, 2, 1), false),
                "sam");
        PdsaCycle second = pdsa.plan(effort.id(), new PdsaPlan("Text reminders", "p", null, LocalDate.of(2026, 1, 10), true),
                "sam");
        PdsaChartAnnotations annotations = new PdsaChartAnnotations(pdsa, efforts);

        assertThat(annotations.forMeasure("controlling-blood-pressure")).containsExactly(
                new ChartAnnotation("controlling-blood-pressure", "language", "Spanish", LocalDate.of(2026, 1, 10),
                        "PDSA: Text reminders", "/pdsa/" + second.id(), true),
                new ChartAnnotation("controlling-blood-pressure", "language", "Spanish", LocalDate.of(2026, 2, 1),
                        "PDSA: Evening calls", "/pdsa/" + first.id(), false));
        assertThat(annotations.forMeasure("diabetes-a1c-poor-control")).isEmpty();

        pdsa.recordDo(first.id(), 0, LocalDate.of(2026, 2, 8), LocalDate.of(2026, 3, 8), true, null, "sam");
        assertThat(annotations.forMeasure("controlling-blood-pressure")).last()
                .extracting(ChartAnnotation::date, ChartAnnotation::startsNewPhase)
                .containsExactly(LocalDate.of(2026, 2, 8), true);
    }

    @Test
    void whatIsDueListsReassessmentEndingCyclesUnstudiedPdsaAndFoundations() {
        LocalDate today = LocalDate.of(2026, 5, 20);
        assertThat(due.on(today)).isEmpty();

        rounds.open("Autumn self-assessment", LocalDate.of(2025, 11, 10), LocalDate.of(2025, 11, 24), List.of(), "rosa");
        ImprovementEffort effort = effort();
        long ran = pdsa.plan(effort.id(), new PdsaPlan("Evening calls", "p", null, LocalDate.of(2026, 4, 1), false), "sam").id();
        pdsa.recordDo(ran, 0, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1), false, null, "sam");
        pdsa.plan(effort.id(), new PdsaPlan("Still running", "p", null, LocalDate.of(2026, 5, 1), false), "sam");

        assertThat(due.on(today)).extracting(DueItem::kind, DueItem::dueOn, DueItem::overdue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("pdsa-study", LocalDate.of(2026, 5, 1), true),
                org.assertj.core.groups.Tuple.tuple("reassessment", LocalDate.of(2026, 5, 10), true),
                org.assertj.core.groups.Tuple.tuple("foundations", today, false),
                org.assertj.core.groups.Tuple.tuple("cycle-ending", LocalDate.of(2026, 6, 1), false));

        discussions.record(LocalDate.of(2026, 5, 15), "QI team and patient partners", "How trust shapes the calls",
                List.of(effort.id()), "rosa");
        assertThat(discussions.list()).singleElement().satisfies(d -> assertThat(d.efforts())
                .extracting(ImprovementEffort::title).containsExactly("Spanish-language blood pressure follow-up"));
        assertThat(due.on(today)).extracting(DueItem::kind).doesNotContain("foundations");
    }

    @Test
    void teamCompositionShowsWhetherPatientsOrCommunityAreAtTheTable() {
        Team team = teams.create("Site B blood pressure team", "Close the control gap for Spanish speakers", "rosa");
        teams.addMember(team.id(), "Dr Ana Ruiz", TeamRole.CLINICIAN, null, "rosa");
        teams.addMember(team.id(), "Sam Okafor", TeamRole.QI_LEAD, null, "rosa");
        assertThat(teams.composition(team.id()).patientsOrCommunityAtTheTable()).isFalse();

        teams.addMember(team.id(), "Maria Lopez", TeamRole.PATIENT_PARTNER, "Spanish-speaking patient of Site B", "rosa");
        teams.addMember(team.id(), "Luis Ortega", TeamRole.COMMUNITY_PARTNER, null, "rosa");

        TeamComposition composition = teams.composition(team.id());
        assertThat(composition.patientsOrCommunityAtTheTable()).isTrue();
        assertThat(composition.members()).isEqualTo(4);
        assertThat(composition.patientOrCommunity()).isEqualTo(2);
        assertThat(composition.declaredLivedExperience()).isEqualTo(1);
        assertThat(composition.byRole()).containsEntry(TeamRole.EXECUTIVE_SPONSOR, 0L).containsEntry(TeamRole.CLINICIAN, 1L);
        assertThat(teams.members(team.id())).extracting(TeamMember::role).containsExactly(TeamRole.QI_LEAD,
                TeamRole.CLINICIAN, TeamRole.PATIENT_PARTNER, TeamRole.COMMUNITY_PARTNER);
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'team.member.add'").query(String.class).list())
                .doesNotContain("Spanish-speaking patient of Site B");
    }

    @Test
    void removedMemberLeavesTheTeamButTheRecordStaysWithWhoRemovedThem() {
        Team team = teams.create("Outreach team", null, "rosa");
        teams.addMember(team.id(), "Luis Ortega", TeamRole.COMMUNITY_PARTNER, null, "rosa");
        long member = teams.members(team.id()).get(0).id();

        teams.removeMember(team.id(), member, "sam");

        assertThat(teams.members(team.id())).isEmpty();
        assertThat(jdbc.sql("SELECT removed_by FROM team_member WHERE id = ?").param(member).query(String.class).single())
                .isEqualTo("sam");
        assertThatThrownBy(() -> teams.removeMember(team.id(), member, "sam")).isInstanceOf(WorkflowRecordNotFound.class);
    }

    @Test
    void charterEditedFromAnOldVersionIsRefusedAndMeetingsAreLoggedLatestFirst() {
        Team team = teams.create("Outreach team", "First charter", "rosa");
        teams.change(team.id(), 0, "Outreach team", "Rosa's charter", "rosa");
        assertThatThrownBy(() -> teams.change(team.id(), 0, "Outreach team", "Sam's charter", "sam"))
                .isInstanceOf(EditConflict.class);
        assertThat(teams.get(team.id()).charter()).isEqualTo("Rosa's charter");

        teams.recordMeeting(team.id(), LocalDate.of(2026, 1, 5), "Rosa, Sam, Luis", "Agreed the charter", "rosa");
        teams.recordMeeting(team.id(), LocalDate.of(2026, 2, 2), "Rosa, Luis", "Reviewed outreach", "rosa");
        assertThat(teams.meetings(team.id())).extracting(m -> m.notes())
                .containsExactly("Reviewed outreach", "Agreed the charter");
    }

    @Test
    void databaseKnowsOnlyTheSevenTeamRoles() {
        long team = teams.create("Team", null, "rosa").id();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO team_member (team_id, name, role, added_by) VALUES (?, 'x', 'MASCOT', 'rosa')")
                .param(team).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    private CyclePlan spring() {
        return new CyclePlan("Blood pressure, spring 2026", Opportunity.CO_DESIGN, JAN_1, LocalDate.of(2026, 6, 1),
                "Start with Site B");
    }

    private ImprovementEffort effort() {
        long cycle = cycles.start(spring(), "rosa").id();
        return efforts.add(cycle, new EffortPlan("Spanish-language blood pressure follow-up", BP_FOR_SPANISH,
                "Patient advisory council, promotoras", "Evening calls; text reminders"), "sam");
    }

    private List<String> auditActions() {
        return jdbc.sql("SELECT action FROM audit_event ORDER BY id").query(String.class).list();
    }
}
