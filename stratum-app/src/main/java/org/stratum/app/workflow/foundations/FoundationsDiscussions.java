package org.stratum.app.workflow.foundations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.stratum.app.audit.AuditLog;
import org.stratum.app.workflow.efforts.ImprovementEffort;
import org.stratum.app.workflow.efforts.ImprovementEfforts;

/** The log of foundations discussions: written once per discussion, never changed. */
@Repository
public class FoundationsDiscussions {

    private final JdbcClient jdbc;
    private final ImprovementEfforts efforts;
    private final AuditLog audit;

    public FoundationsDiscussions(JdbcClient jdbc, ImprovementEfforts efforts, AuditLog audit) {
        this.jdbc = jdbc;
        this.efforts = efforts;
        this.audit = audit;
    }

    /** Records a discussion and the efforts it concerned (existing efforts only). */
    @Transactional
    public long record(LocalDate heldOn, String participants, String reflections, Collection<Long> effortIds,
                       String username) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO foundations_discussion (held_on, participants, reflections, recorded_by) VALUES (?, ?, ?, ?)")
                .params(heldOn, participants, reflections, username)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        for (long effortId : effortIds) {
            efforts.get(effortId);
            jdbc.sql("INSERT INTO foundations_discussion_effort (discussion_id, effort_id) VALUES (?, ?)")
                    .params(id, effortId).update();
        }
        audit.record(username, "foundations.discussion.record", "foundations_discussion/" + id, "efforts " + effortIds);
        return id;
    }

    /** Every discussion, the latest first. */
    public List<FoundationsDiscussion> list() {
        return jdbc.sql("""
                        SELECT id, held_on, participants, reflections, recorded_by, recorded_at
                        FROM foundations_discussion ORDER BY held_on DESC, id DESC""")
                .query((rs, row) -> new FoundationsDiscussion(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
                        rs.getString("participants"), rs.getString("reflections"),
                        linkedEfforts(rs.getLong("id")), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    /** The day of the latest discussion, if there was one. */
    public Optional<LocalDate> lastHeldOn() {
        return jdbc.sql("SELECT held_on FROM foundations_discussion ORDER BY held_on DESC LIMIT 1")
                .query(LocalDate.class).optional();
    }

    private List<ImprovementEffort> linkedEfforts(long discussionId) {
        return jdbc.sql("SELECT effort_id FROM foundations_discussion_effort WHERE discussion_id = ? ORDER BY effort_id")
                .param(discussionId).query(Long.class).list().stream().map(efforts::get).toList();
    }
}
