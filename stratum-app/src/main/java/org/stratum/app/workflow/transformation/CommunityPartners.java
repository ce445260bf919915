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

/** Community partners and joint actions, with optimistic locking and every change in the audit log. */
@Repository
public class CommunityPartners {

    static final String TABLE = "community_partner";
    private static final String SELECT = """
            SELECT id, name, description, joint_actions, version, changed_by, changed_at FROM community_partner""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    public CommunityPartners(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public long create(CommunityPartner partner, String username) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO community_partner (name, description, joint_actions, created_by, changed_by) VALUES (?, ?, ?, ?, ?)")
                .params(partner.name(), partner.description(), partner.jointActions(), username, username)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        audit.record(username, "partner.create", TABLE + "/" + id, Changes.between(Map.of(), partner.fields()));
        return id;
    }

    /** @throws StaleRecord when someone else saved the partner after the version it was read at */
    @Transactional
    public void update(long id, CommunityPartner changed, String username) {
        CommunityPartner before = get(id);
        int updated = jdbc.sql("""
                        UPDATE community_partner SET name = ?, description = ?, joint_actions = ?,
                            version = version + 1, changed_by = ?, changed_at = CURRENT_TIMESTAMP
                        WHERE id = ? AND version = ?""")
                .params(changed.name(), changed.description(), changed.jointActions(), username, id, changed.stamp().version())
                .update();
        if (updated == 0) {
            throw new StaleRecord(TABLE + "/" + id, before.stamp().changedBy());
        }
        audit.record(username, "partner.change", TABLE + "/" + id, Changes.between(before.fields(), changed.fields()));
    }

    public CommunityPartner get(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(CommunityPartners::partner).optional()
                .orElseThrow(() -> new RecordNotFound("community partner", id));
    }

    public List<CommunityPartner> list() {
        return jdbc.sql(SELECT + " ORDER BY name").query(CommunityPartners::partner).list();
    }

    public boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM community_partner WHERE LOWER(name) = LOWER(?) AND id <> ?")
                .params(name, exceptId == null ? -1 : exceptId).query(Long.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM community_partner").query(Long.class).single();
    }

    private static CommunityPartner partner(ResultSet rs, int row) throws SQLException {
        return new CommunityPartner(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                rs.getString("joint_actions"), Stamp.of(rs));
    }
}
