package org.stratum.app.workflow.assessment;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.stratum.app.audit.AuditLog;
import org.stratum.core.toolkit.KeyDriver;
import org.stratum.core.toolkit.assessment.RaterScore;

/**
 * The scores people give in a round. Only the people invited may score, only while the round is
 * open; handing in a scoresheet again replaces the earlier scores.
 */
@Repository
public class Scoresheets {

    private final JdbcClient jdbc;
    private final AssessmentRounds rounds;
    private final AuditLog audit;

    public Scoresheets(JdbcClient jdbc, AssessmentRounds rounds, AuditLog audit) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.audit = audit;
    }

    /**
     * Records the person's scores for the round, replacing any they gave before.
     *
     * @throws NotInvited  when the person is not invited to the round
     * @throws RoundClosed when the round is closed
     */
    @Transactional
    public void handIn(long roundId, String username, Collection<DriverScore> scores) {
        rounds.lockOpen(roundId);
        long userId = jdbc.sql("""
                        SELECT u.id FROM assessment_invitation i JOIN app_user u ON u.id = i.user_id
                        WHERE i.round_id = ? AND u.username = ?""")
                .params(roundId, username).query(Long.class).optional()
                .orElseThrow(() -> new NotInvited(roundId, username));
        jdbc.sql("DELETE FROM assessment_score WHERE round_id = ? AND user_id = ?").params(roundId, userId).update();
        for (DriverScore score : scores) {
            // The core's RaterScore checks the scale before the database's constraint has to.
            new RaterScore(username, score.driver(), score.score());
            jdbc.sql("INSERT INTO assessment_score (round_id, user_id, driver, score, note) VALUES (?, ?, ?, ?, ?)")
                    .params(roundId, userId, score.driver().name(), score.score(), blankToNull(score.note()))
                    .update();
        }
        audit.record(username, "assessment.score", "assessment_round/" + roundId, scores.size() + " driver scores");
    }

    /** The scores this person gave in the round, by driver; empty when they have not scored yet. */
    public Map<KeyDriver, DriverScore> sheetOf(long roundId, String username) {
        Map<KeyDriver, DriverScore> sheet = new EnumMap<>(KeyDriver.class);
        jdbc.sql("""
                        SELECT s.driver, s.score, s.note FROM assessment_score s JOIN app_user u ON u.id = s.user_id
                        WHERE s.round_id = ? AND u.username = ?""")
                .params(roundId, username)
                .query((rs, row) -> new DriverScore(KeyDriver.valueOf(rs.getString("driver")), rs.getInt("score"),
                        rs.getString("note")))
                .list()
                .forEach(score -> sheet.put(score.driver(), score));
        return sheet;
    }

    /** Every score in the round with who gave it: for administrators only. */
    public List<RatedScore> ratedScores(long roundId) {
        return jdbc.sql("""
                        SELECT u.username, u.display_name, s.driver, s.score, s.note
                        FROM assessment_score s JOIN app_user u ON u.id = s.user_id
                        WHERE s.round_id = ? ORDER BY u.display_name, u.username""")
                .param(roundId)
                .query((rs, row) -> new RatedScore(rs.getString("username"), rs.getString("display_name"),
                        KeyDriver.valueOf(rs.getString("driver")), rs.getInt("score"), rs.getString("note")))
                .list();
    }

    /** Every score in the round, for the aggregate. */
    public List<RaterScore> raterScores(long roundId) {
        return jdbc.sql("""
                        SELECT u.username, s.driver, s.score FROM assessment_score s JOIN app_user u ON u.id = s.user_id
                        WHERE s.round_id = ?""")
                .param(roundId)
                .query((rs, row) -> new RaterScore(rs.getString("username"), KeyDriver.valueOf(rs.getString("driver")),
                        rs.getInt("score")))
                .list();
    }

    private static String blankToNull(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
