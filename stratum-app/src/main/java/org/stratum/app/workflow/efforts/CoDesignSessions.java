package org.stratum.app.workflow.efforts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.stratum.app.audit.AuditLog;

/** The co-design sessions of efforts: a log, written once per session and never changed. */
@Repository
public class CoDesignSessions {

    private final JdbcClient jdbc;
    private final ImprovementEfforts efforts;
    private final AuditLog audit;

    public CoDesignSessions(JdbcClient jdbc, ImprovementEfforts efforts, AuditLog audit) {
        this.jdbc = jdbc;
        this.efforts = efforts;
        this.audit = audit;
    }

    @Transactional
    public void record(long effortId, LocalDate heldOn, String participants, String heard, String decided,
                       String username) {
        efforts.get(effortId);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO co_design_session (effort_id, held_on, participants, heard, decided, recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(effortId, heldOn, participants, heard, decided, username)
                .update(key, "id");
        audit.record(username, "effort.codesign.record", "co_design_session/" + key.getKeyAs(Long.class),
                "effort " + effortId);
    }

    /** An effort's sessions, the latest first. */
    public List<CoDesignSession> forEffort(long effortId) {
        return jdbc.sql("""
                        SELECT id, effort_id, held_on, participants, heard, decided, recorded_by, recorded_at
                        FROM co_design_session WHERE effort_id = ? ORDER BY held_on DESC, id DESC""")
                .param(effortId)
                .query((rs, row) -> new CoDesignSession(rs.getLong("id"), rs.getLong("effort_id"),
                        rs.getObject("held_on", LocalDate.class), rs.getString("participants"), rs.getString("heard"),
                        rs.getString("decided"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }
}
