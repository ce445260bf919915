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

/** Institutional actions, with optimistic locking and every change in the audit log. */
@Repository
public class InstitutionalActions {

    static final String TABLE = "institutional_action";
    private static final String SELECT = """
            SELECT id, kind, title, description, owner, status, version, changed_by, changed_at FROM institutional_action""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    public InstitutionalActions(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public long create(InstitutionalAction action, String username) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO institutional_action (kind, title, description, owner, status, created_by, changed_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(action.kind().code(), action.title(), action.description(), action.owner(), action.status().code(),
                        username, username)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        audit.record(username, "action.create", TABLE + "/" + id, Changes.between(Map.of(), action.fields()));
        return id;
    }

    /** @throws StaleRecord when someone else saved the action after the version it was read at */
    @Transactional
    public void update(long id, InstitutionalAction changed, String username) {
        InstitutionalAction before = get(id);
        int updated = jdbc.sql("""
                        UPDATE institutional_action SET kind = ?, title = ?, description = ?, owner = ?, status = ?,
                            version = version + 1, changed_by = ?, changed_at = CURRENT_TIMESTAMP
                        WHERE id = ? AND version = ?""")
                .params(changed.kind().code(), changed.title(), changed.description(), changed.owner(),
                        changed.status().code(), username, id, changed.stamp().version())
                .update();
        if (updated == 0) {
            throw new StaleRecord(TABLE + "/" + id, before.stamp().changedBy());
        }
        audit.record(username, "action.change", TABLE + "/" + id, Changes.between(before.fields(), changed.fields()));
    }

    public InstitutionalAction get(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(InstitutionalActions::action).optional()
                .orElseThrow(() -> new RecordNotFound("institutional action", id));
    }

    public List<InstitutionalAction> list() {
        return jdbc.sql(SELECT + " ORDER BY id").query(InstitutionalActions::action).list();
    }


    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM institutional_action").query(Long.class).single();
    }

    private static InstitutionalAction action(ResultSet rs, int row) throws SQLException {
        return new InstitutionalAction(rs.getLong("id"), ActionKind.ofCode(rs.getString("kind")), rs.getString("title"),
                rs.getString("description"), rs.getString("owner"), ActionStatus.ofCode(rs.getString("status")), Stamp.of(rs));
    }
}
