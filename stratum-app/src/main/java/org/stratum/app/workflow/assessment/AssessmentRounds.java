package org.stratum.app.workflow.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
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

/**
 * Self-assessment rounds and who is invited to them. Opening, inviting and closing are for
 * administrators (the controllers check the role); this class keeps the rules that hold whoever
 * asks: only existing, enabled accounts are invited, and a closed round changes no more.
 */
@Repository
public class AssessmentRounds {

    private static final String SELECT_ROUND = """
            SELECT id, name, starts_on, ends_on, status, opened_by, opened_at, closed_by, closed_at
            FROM assessment_round""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    public AssessmentRounds(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Opens a round and invites the given accounts to it. */
    @Transactional
    public AssessmentRound open(String name, LocalDate startsOn, LocalDate endsOn, Collection<Long> invitees,
                                String openedBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO assessment_round (name, starts_on, ends_on, opened_by) VALUES (?, ?, ?, ?)")
                .params(name, startsOn, endsOn, openedBy)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        audit.record(openedBy, "assessment.round.open", "assessment_round/" + id, name);
        invite(id, invitees, openedBy);
        return get(id);
    }

    /** Invites more accounts to an open round; those already invited stay as they are. */
    @Transactional
    public void invite(long roundId, Collection<Long> userIds, String invitedBy) {
        AssessmentRound round = lockOpen(roundId);
        for (long userId : userIds) {
            jdbc.sql("""
                            INSERT INTO assessment_invitation (round_id, user_id, invited_by)
                            SELECT ?, id, ? FROM app_user u WHERE u.id = ? AND u.enabled = TRUE
                              AND NOT EXISTS (SELECT 1 FROM assessment_invitation i WHERE i.round_id = ? AND i.user_id = u.id)""")
                    .params(round.id(), invitedBy, userId, round.id())
                    .update();
        }
        audit.record(invitedBy, "assessment.round.invite", "assessment_round/" + roundId, "user ids " + userIds);
    }

    /** Closes an open round: from now on it is frozen. */
    @Transactional
    public AssessmentRound close(long roundId, String closedBy) {
        lockOpen(roundId);
        jdbc.sql("UPDATE assessment_round SET status = 'closed', closed_by = ?, closed_at = CURRENT_TIMESTAMP WHERE id = ?")
                .params(closedBy, roundId)
                .update();
        audit.record(closedBy, "assessment.round.close", "assessment_round/" + roundId, null);
        return get(roundId);
    }

    public AssessmentRound get(long id) {
        return find(id).orElseThrow(() -> new RoundNotFound(id));
    }

    public Optional<AssessmentRound> find(long id) {
        return jdbc.sql(SELECT_ROUND + " WHERE id = ?").param(id).query(this::round).optional();
    }

    /** Every round, the most recently opened first. */
    public List<AssessmentRound> list() {
        return jdbc.sql(SELECT_ROUND + " ORDER BY opened_at DESC, id DESC").query(this::round).list();
    }

    /** The open rounds the person is invited to, the most recently opened first, and whether they have scored. */
    public List<RoundToScore> openFor(String username) {
        return jdbc.sql(SELECT_ROUND + """
                         r WHERE r.status = 'open' AND EXISTS (
                          SELECT 1 FROM assessment_invitation i JOIN app_user u ON u.id = i.user_id
                          WHERE i.round_id = r.id AND u.username = ?)
                        ORDER BY r.opened_at DESC, r.id DESC""")
                .param(username).query(this::round).list().stream()
                .map(round -> new RoundToScore(round, hasScored(round.id(), username)))
                .toList();
    }

    private boolean hasScored(long roundId, String username) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM assessment_score s JOIN app_user u ON u.id = s.user_id
                        WHERE s.round_id = ? AND u.username = ?""")
                .params(roundId, username).query(Long.class).single() > 0;
    }

    /** The people invited to a round, by name. */
    public List<Invitee> invitees(long roundId) {
        return jdbc.sql("""
                        SELECT u.id, u.username, u.display_name,
                               EXISTS (SELECT 1 FROM assessment_score s WHERE s.round_id = i.round_id AND s.user_id = u.id) AS scored
                        FROM assessment_invitation i JOIN app_user u ON u.id = i.user_id
                        WHERE i.round_id = ? ORDER BY u.display_name, u.username""")
                .param(roundId)
                .query((rs, row) -> new Invitee(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getBoolean("scored")))
                .list();
    }

    public boolean isInvited(long roundId, String username) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM assessment_invitation i JOIN app_user u ON u.id = i.user_id
                        WHERE i.round_id = ? AND u.username = ?""")
                .params(roundId, username).query(Long.class).single() > 0;
    }

    /**
     * The round, locked until the transaction ends, if it is open. Changes to a round's scores and
     * invitations take this lock, and so does closing, so nothing slips in after a round closes.
     */
    AssessmentRound lockOpen(long roundId) {
        AssessmentRound round = jdbc.sql(SELECT_ROUND + " WHERE id = ? FOR UPDATE").param(roundId)
                .query(this::round).optional().orElseThrow(() -> new RoundNotFound(roundId));
        if (!round.isOpen()) {
            throw new RoundClosed(round);
        }
        return round;
    }

    private AssessmentRound round(ResultSet rs, int row) throws SQLException {
        return new AssessmentRound(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                RoundStatus.ofCode(rs.getString("status")),
                rs.getString("opened_by"),
                rs.getObject("opened_at", OffsetDateTime.class),
                rs.getString("closed_by"),
                rs.getObject("closed_at", OffsetDateTime.class));
    }
}
