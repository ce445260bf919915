package org.stratum.app.workflow.transformation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.stratum.app.audit.AuditLog;
import org.stratum.app.workflow.record.Changes;
import org.stratum.app.workflow.record.RecordNotFound;
import org.stratum.app.workflow.record.Stamp;
import org.stratum.app.workflow.record.StaleRecord;

/** The barrier and learning log, with optimistic locking and every change in the audit log. */
@Repository
public class Barriers {

    static final String TABLE = "barrier";
    private static final String SELECT = """
            SELECT id, kind, title, description, raised_by, level, escalated_to, status, version, changed_by, changed_at
            FROM barrier""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    public Barriers(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public long create(Barrier barrier, String username) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO barrier (kind, title, description, raised_by, level, escalated_to, status, created_by, changed_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(barrier.kind().code(), barrier.title(), barrier.description(), barrier.raisedBy(),
                        barrier.level().code(), barrier.escalatedTo(), barrier.status().code(), username, username)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        audit.record(username, "barrier.create", TABLE + "/" + id, Changes.between(Map.of(), barrier.fields()));
        return id;
    }

    /** @throws StaleRecord when someone else saved the entry after the version it was read at */
    @Transactional
    public void update(long id, Barrier changed, String username) {
        Barrier before = get(id);
        int updated = jdbc.sql("""
                        UPDATE barrier SET kind = ?, title = ?, description = ?, raised_by = ?, level = ?, escalated_to = ?,
                            status = ?, version = version + 1, changed_by = ?, changed_at = CURRENT_TIMESTAMP
                        WHERE id = ? AND version = ?""")
                .params(changed.kind().code(), changed.title(), changed.description(), changed.raisedBy(),
                        changed.level().code(), changed.escalatedTo(), changed.status().code(), username, id,
                        changed.stamp().version())
                .update();
        if (updated == 0) {
            throw new StaleRecord(TABLE + "/" + id, before.stamp().changedBy());
        }
        audit.record(username, "barrier.change", TABLE + "/" + id, Changes.between(before.fields(), changed.fields()));
    }

    public Barrier get(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Barriers::barrier).optional()
                .orElseThrow(() -> new RecordNotFound("barrier or learning", id));
    }

    /** Every entry, oldest first. */
    public List<Barrier> list() {
        return jdbc.sql(SELECT + " ORDER BY id").query(Barriers::barrier).list();
    }


    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM barrier").query(Long.class).single();
    }

    private static Barrier barrier(ResultSet rs, int row) throws SQLException {
        return new Barrier(rs.getLong("id"), BarrierKind.ofCode(rs.getString("kind")), rs.getString("title"),
                rs.getString("description"), rs.getString("raised_by"), BarrierLevel.ofCode(rs.getString("level")),
                rs.getString("escalated_to"), BarrierStatus.ofCode(rs.getString("status")), Stamp.of(rs));
    }
}
