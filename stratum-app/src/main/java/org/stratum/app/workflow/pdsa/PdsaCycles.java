package org.stratum.app.workflow.pdsa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.stratum.app.audit.AuditLog;
import org.stratum.app.workflow.Changed;
import org.stratum.app.workflow.EditConflict;
import org.stratum.app.workflow.WorkflowRecordNotFound;
import org.stratum.app.workflow.efforts.ImprovementEfforts;

/**
 * PDSA cycles in the workflow store, phase by phase. Each phase's save checks the version the
 * person's form was filled from, so two people recording the same cycle cannot overwrite each other.
 * Reports read them here ({@link #forEffort(long)}).
 */
@Repository
public class PdsaCycles {

    private static final String SELECT = """
            SELECT id, effort_id, change_tested, prediction, plan_measures, starts_on, ends_on, starts_new_phase,
                   do_notes, study_notes, studied_by, studied_at, act_decision, act_notes, acted_by, acted_at,
                   version, created_by, created_at, changed_by, changed_at
            FROM pdsa_cycle""";

    private final JdbcClient jdbc;
    private final ImprovementEfforts efforts;
    private final AuditLog audit;

    public PdsaCycles(JdbcClient jdbc, ImprovementEfforts efforts, AuditLog audit) {
        this.jdbc = jdbc;
        this.efforts = efforts;
        this.audit = audit;
    }

    /** Writes the plan of a new cycle: the change, the prediction, the measures watched and the start. */
    @Transactional
    public PdsaCycle plan(long effortId, PdsaPlan plan, String username) {
        efforts.get(effortId);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO pdsa_cycle (effort_id, change_tested, prediction, plan_measures, starts_on,
                            starts_new_phase, created_by, changed_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(effortId, plan.changeTested(), plan.prediction(), plan.planMeasures(), plan.startsOn(),
                        plan.startsNewPhase(), username, username)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        audit.record(username, "pdsa.plan", "pdsa_cycle/" + id, plan.changeTested());
        return get(id);
    }

    /** Records the "do": the days the change ran, what happened, and whether its start begins a new baseline. */
    @Transactional
    public PdsaCycle recordDo(long id, int version, LocalDate startsOn, LocalDate endsOn, boolean startsNewPhase,
                              String notes, String username) {
        update(id, version, "starts_on = ?, ends_on = ?, starts_new_phase = ?, do_notes = ?",
                username, startsOn, endsOn, startsNewPhase, notes);
        audit.record(username, "pdsa.do", "pdsa_cycle/" + id, startsOn + " to " + endsOn);
        return get(id);
    }

    /** Records the "study": what the team learnt, once the change has run. */
    @Transactional
    public PdsaCycle recordStudy(long id, int version, String notes, String username) {
        if (get(id).endsOn() == null) {
            throw new PdsaOutOfOrder(id, "record the days the change ran before studying it");
        }
        update(id, version, "study_notes = ?, studied_by = ?, studied_at = CURRENT_TIMESTAMP", username, notes, username);
        audit.record(username, "pdsa.study", "pdsa_cycle/" + id, null);
        return get(id);
    }

    /** Records the "act": adopt, adapt or abandon, once the change has been studied. */
    @Transactional
    public PdsaCycle recordAct(long id, int version, ActDecision decision, String notes, String username) {
        if (get(id).studiedAt() == null) {
            throw new PdsaOutOfOrder(id, "study the change before deciding");
        }
        update(id, version, "act_decision = ?, act_notes = ?, acted_by = ?, acted_at = CURRENT_TIMESTAMP", username,
                decision.code(), notes, username);
        audit.record(username, "pdsa.act", "pdsa_cycle/" + id, decision.code());
        return get(id);
    }

    private void update(long id, int version, String assignments, String username, Object... values) {
        get(id);
        Object[] params = new Object[values.length + 3];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = username;
        params[values.length + 1] = id;
        params[values.length + 2] = version;
        // The assignments are this class's constants; every value is a bound parameter.
        int updated = jdbc.sql("UPDATE pdsa_cycle SET " + assignments
                        + ", version = version + 1, changed_by = ?, changed_at = CURRENT_TIMESTAMP WHERE id = ? AND version = ?")
                .params(params).update();
        if (updated == 0) {
            throw new EditConflict("PDSA cycle", id);
        }
    }

    public PdsaCycle get(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::cycle).optional()
                .orElseThrow(() -> new WorkflowRecordNotFound("PDSA cycle", id));
    }

    /** An effort's PDSA cycles, the earliest start first. */
    public List<PdsaCycle> forEffort(long effortId) {
        return jdbc.sql(SELECT + " WHERE effort_id = ? ORDER BY starts_on, id").param(effortId).query(this::cycle).list();
    }

    /** Cycles whose change has run (its last day is before or on {@code day}) and that nobody has studied yet. */
    public List<PdsaCycle> awaitingStudy(LocalDate day) {
        return jdbc.sql(SELECT + " WHERE ends_on <= ? AND studied_at IS NULL ORDER BY ends_on, id").param(day)
                .query(this::cycle).list();
    }

    /** Every cycle of the efforts that aim at this measure, the earliest start first. */
    public List<PdsaCycle> forMeasure(String measureId) {
        return jdbc.sql(SELECT + """
                         p WHERE EXISTS (SELECT 1 FROM improvement_effort e WHERE e.id = p.effort_id AND e.measure_id = ?)
                        ORDER BY starts_on, id""")
                .param(measureId).query(this::cycle).list();
    }

    private PdsaCycle cycle(ResultSet rs, int row) throws SQLException {
        String decision = rs.getString("act_decision");
        return new PdsaCycle(rs.getLong("id"), rs.getLong("effort_id"), rs.getString("change_tested"),
                rs.getString("prediction"), rs.getString("plan_measures"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getBoolean("starts_new_phase"), rs.getString("do_notes"),
                rs.getString("study_notes"), rs.getString("studied_by"), rs.getObject("studied_at", OffsetDateTime.class),
                decision == null ? null : ActDecision.ofCode(decision).orElseThrow(), rs.getString("act_notes"),
                rs.getString("acted_by"), rs.getObject("acted_at", OffsetDateTime.class), Changed.read(rs));
    }
}
