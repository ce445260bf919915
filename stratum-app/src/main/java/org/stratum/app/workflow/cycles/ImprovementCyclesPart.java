package org.stratum.app.workflow.cycles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.stratum.app.workflow.efforts.CoDesignSessions;
import org.stratum.app.workflow.efforts.EffortPlan;
import org.stratum.app.workflow.efforts.EquityAim;
import org.stratum.app.workflow.efforts.ImprovementEffort;
import org.stratum.app.workflow.efforts.ImprovementEfforts;
import org.stratum.app.workflow.exchange.Fields;
import org.stratum.app.workflow.exchange.WorkflowDataPart;
import org.stratum.app.workflow.pdsa.ActDecision;
import org.stratum.app.workflow.pdsa.PdsaCycle;
import org.stratum.app.workflow.pdsa.PdsaCycles;
import org.stratum.app.workflow.pdsa.PdsaPlan;
import org.stratum.core.toolkit.Opportunity;
import org.stratum.engine.equity.StratifyingDimension;

/**
 * Improvement cycles in the JSON export, each with its efforts and, under each effort, its co-design
 * sessions and PDSA cycles: nesting keeps the references without exporting database ids.
 */
@Component
public class ImprovementCyclesPart implements WorkflowDataPart<ImprovementCyclesPart.Cycle> {

    /** A cycle as exported; {@code opportunity} is the toolkit opportunity's name, such as {@code CO_DESIGN}. */
    public record Cycle(String name, String opportunity, LocalDate startsOn, LocalDate endsOn, String notes,
            List<Effort> efforts) {
    }

    /** An effort with its equity aim; {@code dimension} is the dimension's parameter, such as {@code language}. */
    public record Effort(String title, String measureId, String dimension, String stratum, BigDecimal baselinePercent,
            BigDecimal targetPercent, LocalDate targetDate, String stakeholders, String changeIdeas,
            List<Session> sessions, List<Pdsa> pdsaCycles) {
    }

    /** A co-design session: who took part, what was heard, what was decided. */
    public record Session(LocalDate heldOn, String participants, String heard, String decided) {
    }

    /** A PDSA cycle as far as it went; {@code actDecision} is {@code adopt}, {@code adapt} or {@code abandon}. */
    public record Pdsa(String changeTested, String prediction, String planMeasures, LocalDate startsOn,
            LocalDate endsOn, boolean startsNewPhase, String doNotes, String studyNotes, String actDecision,
            String actNotes) {
    }

    private final ImprovementCycles cycles;
    private final ImprovementEfforts efforts;
    private final CoDesignSessions sessions;
    private final PdsaCycles pdsa;

    public ImprovementCyclesPart(ImprovementCycles cycles, ImprovementEfforts efforts, CoDesignSessions sessions,
            PdsaCycles pdsa) {
        this.cycles = cycles;
        this.efforts = efforts;
        this.sessions = sessions;
        this.pdsa = pdsa;
    }

    @Override
    public String name() {
        return "improvementCycles";
    }

    @Override
    public Class<Cycle> type() {
        return Cycle.class;
    }

    @Override
    public int position() {
        return 80;
    }

    @Override
    public List<Cycle> export() {
        return cycles.list().stream().map(cycle -> new Cycle(cycle.name(), cycle.opportunity().name(), cycle.startsOn(),
                cycle.endsOn(), cycle.notes(), efforts.forCycle(cycle.id()).stream().map(this::effort).toList())).toList();
    }

    private Effort effort(ImprovementEffort effort) {
        EquityAim aim = effort.aim();
        return new Effort(effort.title(), aim.measureId(), aim.dimension().parameter(), aim.stratum(),
                aim.baselinePercent(), aim.targetPercent(), aim.targetDate(), effort.stakeholders(), effort.changeIdeas(),
                sessions.forEffort(effort.id()).stream()
                        .map(s -> new Session(s.heldOn(), s.participants(), s.heard(), s.decided())).toList(),
                pdsa.forEffort(effort.id()).stream().map(ImprovementCyclesPart::pdsa).toList());
    }

    private static Pdsa pdsa(PdsaCycle cycle) {
        return new Pdsa(cycle.changeTested(), cycle.prediction(), cycle.planMeasures(), cycle.startsOn(), cycle.endsOn(),
                cycle.startsNewPhase(), cycle.doNotes(), cycle.studiedAt() == null ? null : cycle.studyNotes(),
                cycle.actDecision() == null ? null : cycle.actDecision().code(), cycle.actNotes());
    }

    @Override
    public long storedRecords() {
        return cycles.list().size();
    }

    @Override
    public void importRecord(Cycle record, String username) {
        long cycleId = cycles.start(new CyclePlan(Fields.required(record.name(), "name", 200),
                Fields.code(record.opportunity(), "opportunity", Opportunity::valueOf),
                required(record.startsOn(), "startsOn"), required(record.endsOn(), "endsOn"),
                Fields.optional(record.notes(), "notes", 4000)), username).id();
        for (Effort effort : record.efforts() == null ? List.<Effort>of() : record.efforts()) {
            importEffort(cycleId, effort, username);
        }
    }

    private void importEffort(long cycleId, Effort effort, String username) {
        StratifyingDimension dimension = Fields.code(effort.dimension(), "dimension",
                code -> StratifyingDimension.fromParameter(code).orElseThrow(IllegalArgumentException::new));
        long effortId = efforts.add(cycleId, new EffortPlan(Fields.required(effort.title(), "effort title", 200),
                new EquityAim(Fields.required(effort.measureId(), "measureId", 100), dimension,
                        Fields.required(effort.stratum(), "stratum", 200), effort.baselinePercent(),
                        required(effort.targetPercent(), "targetPercent"), required(effort.targetDate(), "targetDate")),
                Fields.optional(effort.stakeholders(), "stakeholders", 4000),
                Fields.optional(effort.changeIdeas(), "changeIdeas", 4000)), username).id();
        for (Session session : effort.sessions() == null ? List.<Session>of() : effort.sessions()) {
            sessions.record(effortId, required(session.heldOn(), "session heldOn"), session.participants(),
                    session.heard(), session.decided(), username);
        }
        for (Pdsa cycle : effort.pdsaCycles() == null ? List.<Pdsa>of() : effort.pdsaCycles()) {
            importPdsa(effortId, cycle, username);
        }
    }

    /** Replays the cycle's stages in order, so the store's own rules (no study before do…) hold for imports too. */
    private void importPdsa(long effortId, Pdsa cycle, String username) {
        PdsaCycle planned = pdsa.plan(effortId, new PdsaPlan(Fields.required(cycle.changeTested(), "changeTested", 2000),
                Fields.required(cycle.prediction(), "prediction", 2000), cycle.planMeasures(),
                required(cycle.startsOn(), "pdsa startsOn"), cycle.startsNewPhase()), username);
        if (cycle.endsOn() == null) {
            return;
        }
        planned = pdsa.recordDo(planned.id(), planned.changed().version(), cycle.startsOn(), cycle.endsOn(),
                cycle.startsNewPhase(), cycle.doNotes(), username);
        if (cycle.studyNotes() == null) {
            return;
        }
        planned = pdsa.recordStudy(planned.id(), planned.changed().version(), cycle.studyNotes(), username);
        if (cycle.actDecision() != null) {
            ActDecision decision = Fields.code(cycle.actDecision(), "actDecision",
                    code -> ActDecision.ofCode(code).orElseThrow(IllegalArgumentException::new));
            pdsa.recordAct(planned.id(), planned.changed().version(), decision, cycle.actNotes(), username);
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return value;
    }

    @Override
    public String describe(Cycle record) {
        return "\"" + record.name() + "\"";
    }
}
