package org.stratum.app.workflow.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.stratum.app.workflow.cycles.CyclePlan;
import org.stratum.app.workflow.efforts.EffortPlan;
import org.stratum.app.workflow.efforts.EquityAim;
import org.stratum.app.workflow.pdsa.ActDecision;
import org.stratum.app.workflow.pdsa.PdsaCycle;
import org.stratum.app.workflow.pdsa.PdsaPlan;
import org.stratum.app.workflow.teams.TeamRole;
import org.stratum.core.toolkit.Opportunity;
import org.stratum.engine.equity.StratifyingDimension;
import org.stratum.app.workflow.assessment.AssessmentRound;
import org.stratum.app.workflow.assessment.DriverScore;
import org.stratum.app.workflow.drivers.DriverStatement;
import org.stratum.app.workflow.drivers.OrganisationDriverDiagram;
import org.stratum.app.workflow.exchange.ImportRefused;
import org.stratum.app.workflow.history.HistoryEvent;
import org.stratum.app.workflow.record.Stamp;
import org.stratum.app.workflow.record.StaleRecord;
import org.stratum.app.workflow.rootcause.Evidence;
import org.stratum.app.workflow.rootcause.Fishbone;
import org.stratum.app.workflow.rootcause.Participant;
import org.stratum.app.workflow.rootcause.Perspective;
import org.stratum.app.workflow.rootcause.RootCauseAnalysis;
import org.stratum.app.workflow.transformation.ActionKind;
import org.stratum.app.workflow.transformation.ActionStatus;
import org.stratum.app.workflow.transformation.Barrier;
import org.stratum.app.workflow.transformation.BarrierKind;
import org.stratum.app.workflow.transformation.BarrierLevel;
import org.stratum.app.workflow.transformation.BarrierStatus;
import org.stratum.app.workflow.transformation.CommunityPartner;
import org.stratum.app.workflow.transformation.InstitutionalAction;
import org.stratum.core.toolkit.KeyDriver;

/**
 * Root-cause analyses, the barrier log, institutional actions and community partners, their history
 * and optimistic locking, and the JSON export and import, on every database the workflow store
 * supports, through the application's own repositories over freshly migrated databases.
 */
public abstract class ImprovementRecordsContract {

    ImprovementStore store;

    /** A new, empty database; the subclass cleans each one up after the test. */
    protected abstract DataSource emptyDatabase() throws Exception;

    @BeforeEach
    void migratedStore() throws Exception {
        store = new ImprovementStore(emptyDatabase());
    }

    static RootCauseAnalysis bloodPressureAnalysis() {
        return new RootCauseAnalysis(null, "Blood-pressure control among Black patients",
                "Controlled blood pressure is 12 points lower for Black patients than for everyone else.",
                new Fishbone("Few staff from the community", "Follow-up visits booked only by phone", null,
                        "The pharmacy is two buses away", "Patients distrust home cuff readings", "Race recorded by staff"),
                List.of("Patients miss follow-up visits", "Visits are booked only by phone during work hours"),
                "Access to follow-up outside work hours", List.of(new Evidence("Blood pressure by race", "/views/3"),
                new Evidence("Measure page", "/measures/cms165?by=race")),
                List.of(new Participant("Rosa Diaz", Perspective.STAFF), new Participant("Mr. Jones", Perspective.PATIENT),
                        new Participant("Church health ministry", Perspective.COMMUNITY)),
                Stamp.NEW);
    }

    static Barrier barrier(BarrierStatus status, String escalatedTo) {
        return new Barrier(null, BarrierKind.BARRIER, "No evening clinic hours", "Staff contracts end at 5 pm",
                "Front-desk team", BarrierLevel.ORGANISATION, escalatedTo, status, Stamp.NEW);
    }

    @Test
    void rootCauseAnalysisKeepsItsFishboneWhysEvidenceAndParticipants() {
        long id = store.analyses.create(bloodPressureAnalysis(), "sam");

        RootCauseAnalysis stored = store.analyses.get(id);
        assertThat(stored.fishbone()).isEqualTo(bloodPressureAnalysis().fishbone());
        assertThat(stored.whys()).containsExactly("Patients miss follow-up visits",
                "Visits are booked only by phone during work hours");
        assertThat(stored.evidence()).extracting(Evidence::link).containsExactly("/views/3", "/measures/cms165?by=race");
        assertThat(stored.participants()).extracting(Participant::perspective)
                .containsExactly(Perspective.STAFF, Perspective.PATIENT, Perspective.COMMUNITY);
        assertThat(stored.heardPatientsOrCommunity()).isTrue();
        assertThat(stored.stamp().changedBy()).isEqualTo("sam");
        assertThat(stored.stamp().version()).isZero();
    }

    @Test
    void secondEditFromTheSameVersionIsRefusedAndTheFirstStays() {
        long id = store.analyses.create(bloodPressureAnalysis(), "sam");
        RootCauseAnalysis opened = store.analyses.get(id);
        RootCauseAnalysis samsEdit = withConclusion(opened, "Booking by phone only");
        RootCauseAnalysis rosasEdit = withConclusion(opened, "Pharmacy too far");

        store.analyses.update(id, samsEdit, "sam");

        assertThatThrownBy(() -> store.analyses.update(id, rosasEdit, "rosa")).isInstanceOf(StaleRecord.class)
                .hasMessageContaining("Someone else (sam) changed this record after you opened it");
        RootCauseAnalysis stored = store.analyses.get(id);
        assertThat(stored.conclusion()).isEqualTo("Booking by phone only");
        assertThat(stored.stamp().version()).isEqualTo(1);
    }

    @Test
    void staleBarrierActionAndPartnerEditsAreRefused() {
        long barrier = store.barriers.create(barrier(BarrierStatus.OPEN, null), "sam");
        long action = store.actions.create(new InstitutionalAction(null, ActionKind.STAFFING, "Evening shift",
                null, "COO", ActionStatus.PLANNED, Stamp.NEW), "sam");
        long partner = store.partners.create(new CommunityPartner(null, "Eastside Church", null, "Health fairs", Stamp.NEW), "sam");
        store.barriers.update(barrier, store.barriers.get(barrier), "sam");
        store.actions.update(action, store.actions.get(action), "sam");
        store.partners.update(partner, store.partners.get(partner), "sam");

        Stamp old = new Stamp(0, null, null);
        Barrier staleBarrier = store.barriers.get(barrier);
        assertThatThrownBy(() -> store.barriers.update(barrier, new Barrier(barrier, staleBarrier.kind(), "Changed", null,
                "x", BarrierLevel.TEAM, null, BarrierStatus.OPEN, old), "rosa")).isInstanceOf(StaleRecord.class);
        assertThatThrownBy(() -> store.actions.update(action, new InstitutionalAction(action, ActionKind.BUDGET, "Changed",
                null, null, ActionStatus.DONE, old), "rosa")).isInstanceOf(StaleRecord.class);
        assertThatThrownBy(() -> store.partners.update(partner, new CommunityPartner(partner, "Changed", null, null, old),
                "rosa")).isInstanceOf(StaleRecord.class);
        assertThat(store.barriers.get(barrier).title()).isEqualTo("No evening clinic hours");
        assertThat(store.actions.get(action).title()).isEqualTo("Evening shift");
        assertThat(store.partners.get(partner).name()).isEqualTo("Eastside Church");
    }

    @Test
    void historyShowsWhoChangedWhatAndWhen() {
        long id = store.barriers.create(barrier(BarrierStatus.OPEN, null), "sam");
        Barrier opened = store.barriers.get(id);
        store.barriers.update(id, new Barrier(id, opened.kind(), opened.title(), opened.description(), opened.raisedBy(),
                opened.level(), "Chief operating officer", BarrierStatus.ESCALATED, opened.stamp()), "rosa");

        List<HistoryEvent> history = store.history.of("barrier/" + id);

        assertThat(history).extracting(HistoryEvent::username).containsExactly("sam", "rosa");
        assertThat(history).extracting(HistoryEvent::action).containsExactly("barrier.create", "barrier.change");
        assertThat(history.get(1).detail())
                .isEqualTo("escalated to: — → Chief operating officer; status: Open → Escalated");
        assertThat(history).allSatisfy(event -> assertThat(event.occurredAt()).isNotNull());
        assertThat(store.history.of("barrier/" + (id + 1))).isEmpty();
    }

    @Test
    void databaseRefusesEvidenceOutsideTheApplicationAndAnEscalationToNoOne() {
        long id = store.analyses.create(bloodPressureAnalysis(), "sam");

        assertThatThrownBy(() -> store.jdbc.sql("INSERT INTO root_cause_evidence (analysis_id, position, title, link) VALUES (?, 9, 'x', ?)")
                .params(id, "https://example.org/").update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> store.jdbc.sql("INSERT INTO root_cause_evidence (analysis_id, position, title, link) VALUES (?, 9, 'x', ?)")
                .params(id, "//example.org/views/1").update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> store.barriers.create(barrier(BarrierStatus.ESCALATED, null), "sam"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(store.barriers.count()).isZero();
    }

    @Test
    void exportImportedIntoAnEmptyStoreExportsTheSame() throws Exception {
        fill(store);
        String exported = store.export();

        ImprovementStore empty = new ImprovementStore(emptyDatabase());
        int imported = empty.importJson(exported);

        assertThat(empty.export()).isEqualTo(exported);
        assertThat(imported).isEqualTo(1 + 1 + 1 + 1 + 2 + 1 + 1 + 1 + 1 + 1);
        assertThat(exported).contains("\"format\" : \"stratum-workflow-data\"", "Close the gap by 2027",
                "Patients on every improvement team", "Spring 2026", "/views/3", "No evening clinic hours", "Evening shift",
                "Eastside Church", "Calls in Spanish after a high reading", "Promotoras heard", "Evening calls",
                "\"actDecision\" : \"adapt\"", "Valley BP team", "PATIENT_PARTNER", "Grew up in the valley",
                "What our anti-racism commitment asks of the call script");
        assertThat(empty.jdbc.sql("SELECT action FROM audit_event WHERE action = 'workflow.import'").query(String.class).list())
                .hasSize(1);
    }

    @Test
    void importIsAllOrNothingAndNamesTheFailingRecord() throws Exception {
        fill(store);
        String exported = store.export().replace("\"link\" : \"/views/3\"", "\"link\" : \"https://elsewhere.example/\"");
        ImprovementStore empty = new ImprovementStore(emptyDatabase());
        String before = empty.export();

        assertThatThrownBy(() -> empty.importJson(exported)).isInstanceOf(ImportRefused.class)
                .hasMessage("Record 1 of 'rootCauseAnalyses' (\"Blood-pressure control among Black patients\") was refused:"
                        + " 'evidence' link 'https://elsewhere.example/' is not a page of Stratum (a path starting with /).");

        // The aim, wording and round before the failing record were rolled back with it.
        assertThat(empty.export()).isEqualTo(before);
        assertThat(empty.jdbc.sql("SELECT COUNT(*) FROM assessment_round").query(Long.class).single()).isZero();
    }

    @Test
    void importRefusesToDuplicateRecordsAlreadyStored() {
        fill(store);
        String exported = store.export();

        assertThatThrownBy(() -> store.importJson(exported)).isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("The store already holds 1 records of 'assessmentRounds'");
        assertThatThrownBy(() -> store.importJson("{\"rounds\": []}")).isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("The file is not a Stratum workflow export");
        assertThatThrownBy(() -> store.importJson("{ not json")).isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("The file is not valid JSON");
    }

    /** Every kind of workflow record, as an organisation would have them after some months. */
    static void fill(ImprovementStore store) {
        List<DriverStatement> drivers = new ArrayList<>(store.diagrams.current().drivers());
        drivers.set(KeyDriver.ORGANIZED_TEAMS.ordinal(), new DriverStatement(KeyDriver.ORGANIZED_TEAMS,
                "Patients on every improvement team"));
        store.diagrams.change(new OrganisationDriverDiagram("Close the gap by 2027", "Our patients", drivers), "rosa");
        long rosa = store.jdbc.sql("SELECT id FROM app_user WHERE username = 'rosa'").query(Long.class).single();
        long sam = store.jdbc.sql("SELECT id FROM app_user WHERE username = 'sam'").query(Long.class).single();
        AssessmentRound round = store.rounds.open("Spring 2026", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15),
                List.of(rosa, sam), "rosa");
        store.scoresheets.handIn(round.id(), "rosa", List.of(new DriverScore(KeyDriver.ORGANIZED_TEAMS, 2, "No patients yet")));
        store.scoresheets.handIn(round.id(), "sam", List.of(new DriverScore(KeyDriver.ORGANIZED_TEAMS, 3, null)));
        store.rounds.close(round.id(), "rosa");
        store.analyses.create(bloodPressureAnalysis(), "sam");
        store.barriers.create(barrier(BarrierStatus.ESCALATED, "Board"), "sam");
        store.barriers.create(new Barrier(null, BarrierKind.LEARNING, "Text reminders work", null, "Site A team",
                BarrierLevel.TEAM, null, BarrierStatus.RESOLVED, Stamp.NEW), "sam");
        store.actions.create(new InstitutionalAction(null, ActionKind.STAFFING, "Evening shift", "Two evenings a week",
                "COO", ActionStatus.IN_PROGRESS, Stamp.NEW), "rosa");
        store.partners.create(new CommunityPartner(null, "Eastside Church", "Health ministry", "Blood-pressure checks after service",
                Stamp.NEW), "rosa");
        long cycle = store.cycles.start(new CyclePlan("Blood pressure, spring 2026", Opportunity.CO_DESIGN,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1), null), "sam").id();
        long effort = store.efforts.add(cycle, new EffortPlan("Calls in Spanish after a high reading",
                new EquityAim("CMS165", StratifyingDimension.LANGUAGE, "Spanish (es)", new BigDecimal("52"),
                        new BigDecimal("65"), LocalDate.of(2026, 6, 30)), "Promotoras", "Evening calls"), "sam").id();
        store.sessions.record(effort, LocalDate.of(2026, 1, 20), "Six patients", "Promotoras heard that calls come too early",
                "Call after six", "sam");
        PdsaCycle calls = store.pdsa.plan(effort, new PdsaPlan("Evening calls", "More come back", null,
                LocalDate.of(2026, 2, 1), true), "sam");
        calls = store.pdsa.recordDo(calls.id(), calls.changed().version(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28),
                true, "Ran", "sam");
        calls = store.pdsa.recordStudy(calls.id(), calls.changed().version(), "Better", "sam");
        store.pdsa.recordAct(calls.id(), calls.changed().version(), ActDecision.ADAPT, "Add Saturdays", "rosa");
        long team = store.teams.create("Valley BP team", "Close the gap together", "rosa").id();
        store.teams.addMember(team, "Ana", TeamRole.PATIENT_PARTNER, "Grew up in the valley", "rosa");
        store.teams.recordMeeting(team, LocalDate.of(2026, 1, 10), "Ana, Sam", "Charter agreed", "rosa");
        store.discussions.record(LocalDate.of(2026, 3, 5), "Ana, Rosa, Sam",
                "What our anti-racism commitment asks of the call script", List.of(effort), "rosa");
    }

    private static RootCauseAnalysis withConclusion(RootCauseAnalysis a, String conclusion) {
        return new RootCauseAnalysis(a.id(), a.title(), a.problem(), a.fishbone(), a.whys(), conclusion, a.evidence(),
                a.participants(), a.stamp());
    }
}
