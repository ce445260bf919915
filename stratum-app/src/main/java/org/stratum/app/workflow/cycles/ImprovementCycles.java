package org.stratum.app.workflow.cycles;

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
import org.stratum.core.toolkit.Opportunity;

/** Improvement cycles in the workflow store; every change is audited and checked against its version. */
@Repository
public class ImprovementCycles {

    private static final String SELECT = """
            SELECT id, name, opportunity, starts_on, ends_on, notes, version, created_by, created_at, changed_by,
                   changed_at
            FROM improvement_cycle""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    public ImprovementCycles(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public ImprovementCycle start(CyclePlan plan, String username) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO improvement_cycle (name, opportunity, starts_on, ends_on, notes, created_by, changed_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(plan.name(), plan.opportunity().name(), plan.startsOn(), plan.endsOn(), plan.notes(),
                        username, username)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        audit.record(username, "cycle.start", "improvement_cycle/" + id, plan.name());
        return get(id);
    }

    /**
     * Changes a cycle if it is still at {@code version}, the version the person's form was filled from.
     *
     * @throws EditConflict when someone else changed it in between
     */
    @Transactional
    public ImprovementCycle change(long id, int version, CyclePlan plan, String username) {
        get(id);
        int updated = jdbc.sql("""
                        UPDATE improvement_cycle SET name = ?, opportunity = ?, starts_on = ?, ends_on = ?, notes = ?,
                               version = version + 1, changed_by = ?, changed_at = CURRENT_TIMESTAMP
                        WHERE id = ? AND version = ?""")
                .params(plan.name(), plan.opportunity().name(), plan.startsOn(), plan.endsOn(), plan.notes(), username,
                        id, version)
                .update();
        if (updated == 0) {
            throw new EditConflict("improvement cycle", id);
        }
        audit.record(username, "cycle.change", "improvement_cycle/" + id, plan.name());
        return get(id);
    }

    public ImprovementCycle get(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::cycle).optional()
                .orElseThrow(() -> new WorkflowRecordNotFound("improvement cycle", id));
    }

    /** Every cycle, the latest start first. */
    public List<ImprovementCycle> list() {
        return jdbc.sql(SELECT + " ORDER BY starts_on DESC, id DESC").query(this::cycle).list();
    }

    /** Cycles whose last day falls between the two days, inclusive, the soonest first. */
    public List<ImprovementCycle> endingBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " WHERE ends_on BETWEEN ? AND ? ORDER BY ends_on, id").params(from, to)
                .query(this::cycle).list();
    }

    private ImprovementCycle cycle(ResultSet rs, int row) throws SQLException {
        return new ImprovementCycle(rs.getLong("id"), rs.getString("name"), Opportunity.valueOf(rs.getString("opportunity")),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("notes"), Changed.read(rs));
    }
}
