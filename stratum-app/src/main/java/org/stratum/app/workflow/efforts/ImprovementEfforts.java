package org.stratum.app.workflow.efforts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
import org.stratum.app.workflow.cycles.ImprovementCycles;
import org.stratum.engine.equity.StratifyingDimension;

/**
 * Improvement efforts in the workflow store. Besides the pages, reports read them here
 * ({@link #list()}, {@link #forCycle(long)}).
 */
@Repository
public class ImprovementEfforts {

    private static final String SELECT = """
            SELECT id, cycle_id, title, measure_id, dimension, stratum, baseline_percent, target_percent, target_date,
                   stakeholders, change_ideas, version, created_by, created_at, changed_by, changed_at
            FROM improvement_effort""";

    private final JdbcClient jdbc;
    private final ImprovementCycles cycles;
    private final AuditLog audit;

    public ImprovementEfforts(JdbcClient jdbc, ImprovementCycles cycles, AuditLog audit) {
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.audit = audit;
    }

    @Transactional
    public ImprovementEffort add(long cycleId, EffortPlan plan, String username) {
        cycles.get(cycleId);
        EquityAim aim = plan.aim();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO improvement_effort (cycle_id, title, measure_id, dimension, stratum, baseline_percent,
                            target_percent, target_date, stakeholders, change_ideas, created_by, changed_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(cycleId, plan.title(), aim.measureId(), aim.dimension().parameter(), aim.stratum(),
                        aim.baselinePercent(), aim.targetPercent(), aim.targetDate(), plan.stakeholders(),
                        plan.changeIdeas(), username, username)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        audit.record(username, "effort.add", "improvement_effort/" + id, plan.title());
        return get(id);
    }

    /**
     * Changes an effort if it is still at {@code version}.
     *
     * @throws EditConflict when someone else changed it after the person's form was filled
     */
    @Transactional
    public ImprovementEffort change(long id, int version, EffortPlan plan, String username) {
        get(id);
        EquityAim aim = plan.aim();
        int updated = jdbc.sql("""
                        UPDATE improvement_effort SET title = ?, measure_id = ?, dimension = ?, stratum = ?,
                            baseline_percent = ?, target_percent = ?, target_date = ?, stakeholders = ?, change_ideas = ?,
                            version = version + 1, changed_by = ?, changed_at = CURRENT_TIMESTAMP
                        WHERE id = ? AND version = ?""")
                .params(plan.title(), aim.measureId(), aim.dimension().parameter(), aim.stratum(),
                        aim.baselinePercent(), aim.targetPercent(), aim.targetDate(), plan.stakeholders(),
                        plan.changeIdeas(), username, id, version)
                .update();
        if (updated == 0) {
            throw new EditConflict("improvement effort", id);
        }
        audit.record(username, "effort.change", "improvement_effort/" + id, plan.title());
        return get(id);
    }

    public ImprovementEffort get(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::effort).optional()
                .orElseThrow(() -> new WorkflowRecordNotFound("improvement effort", id));
    }

    /** A cycle's efforts, in the order they were added. */
    public List<ImprovementEffort> forCycle(long cycleId) {
        return jdbc.sql(SELECT + " WHERE cycle_id = ? ORDER BY id").param(cycleId).query(this::effort).list();
    }

    /** Every effort of every cycle, in the order they were added. */
    public List<ImprovementEffort> list() {
        return jdbc.sql(SELECT + " ORDER BY id").query(this::effort).list();
    }

    private ImprovementEffort effort(ResultSet rs, int row) throws SQLException {
        EquityAim aim = new EquityAim(rs.getString("measure_id"),
                StratifyingDimension.fromParameter(rs.getString("dimension")).orElseThrow(),
                rs.getString("stratum"), rs.getBigDecimal("baseline_percent"), rs.getBigDecimal("target_percent"),
                rs.getObject("target_date", LocalDate.class));
        return new ImprovementEffort(rs.getLong("id"), rs.getLong("cycle_id"), rs.getString("title"), aim,
                rs.getString("stakeholders"), rs.getString("change_ideas"), Changed.read(rs));
    }
}
