package org.stratum.app.workflow.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.stratum.app.workflow.exchange.Fields;
import org.stratum.app.workflow.exchange.WorkflowDataPart;
import org.stratum.core.toolkit.KeyDriver;
import org.stratum.core.toolkit.assessment.RaterScore;

/**
 * Self-assessment rounds with their invitations and scores in the JSON export. People are named by
 * username: an import needs their accounts to exist in the store it goes into.
 */
@Component
public class AssessmentRoundsPart implements WorkflowDataPart<AssessmentRoundsPart.Round> {

    /** A round as exported. */
    public record Round(String name, LocalDate startsOn, LocalDate endsOn, String status, String openedBy,
            OffsetDateTime openedAt, String closedBy, OffsetDateTime closedAt, List<String> invited, List<Score> scores) {
    }

    /** One score as exported. */
    public record Score(String rater, String driver, int score, String note) {
    }

    private final JdbcClient jdbc;
    private final AssessmentRounds rounds;

    public AssessmentRoundsPart(JdbcClient jdbc, AssessmentRounds rounds) {
        this.jdbc = jdbc;
        this.rounds = rounds;
    }

    @Override
    public String name() {
        return "assessmentRounds";
    }

    @Override
    public Class<Round> type() {
        return Round.class;
    }

    @Override
    public int position() {
        return 30;
    }

    @Override
    public List<Round> export() {
        return rounds.list().stream().sorted(java.util.Comparator.comparing(AssessmentRound::openedAt)
                .thenComparing(AssessmentRound::id)).map(this::exported).toList();
    }

    private Round exported(AssessmentRound round) {
        List<String> invited = rounds.invitees(round.id()).stream().map(Invitee::username).sorted().toList();
        List<Score> scores = jdbc.sql("""
                        SELECT u.username, s.driver, s.score, s.note FROM assessment_score s JOIN app_user u ON u.id = s.user_id
                        WHERE s.round_id = ? ORDER BY u.username, s.driver""")
                .param(round.id())
                .query((rs, row) -> new Score(rs.getString("username"), rs.getString("driver"), rs.getInt("score"),
                        rs.getString("note")))
                .list();
        return new Round(round.name(), round.startsOn(), round.endsOn(), round.status().code(),
                round.openedBy(), round.openedAt(), round.closedBy(), round.closedAt(), invited, scores);
    }

    @Override
    public long storedRecords() {
        return jdbc.sql("SELECT COUNT(*) FROM assessment_round").query(Long.class).single();
    }

    @Override
    public void importRecord(Round round, String username) {
        String name = Fields.required(round.name(), "name", 200);
        if (round.startsOn() == null || round.endsOn() == null) {
            throw new IllegalArgumentException("'startsOn' and 'endsOn' are required");
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO assessment_round (name, starts_on, ends_on, status, opened_by, opened_at, closed_by, closed_at)
                        VALUES (?, ?, ?, ?, ?, COALESCE(?, CURRENT_TIMESTAMP), ?, ?)""")
                .params(name, round.startsOn(), round.endsOn(), Fields.required(round.status(), "status", 10),
                        Fields.required(round.openedBy(), "openedBy", 100), round.openedAt(), round.closedBy(), round.closedAt())
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        for (String invitee : round.invited() == null ? List.<String>of() : round.invited()) {
            jdbc.sql("INSERT INTO assessment_invitation (round_id, user_id, invited_by) VALUES (?, ?, ?)")
                    .params(id, userId(invitee), username).update();
        }
        for (Score score : round.scores() == null ? List.<Score>of() : round.scores()) {
            KeyDriver driver = Fields.code(score.driver(), "driver", KeyDriver::valueOf);
            new RaterScore(score.rater(), driver, score.score()); // the scale, checked before the database has to
            jdbc.sql("INSERT INTO assessment_score (round_id, user_id, driver, score, note) VALUES (?, ?, ?, ?, ?)")
                    .params(id, userId(score.rater()), driver.name(), score.score(), Fields.optional(score.note(), "note", 2000))
                    .update();
        }
    }

    private long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("there is no account '" + username
                        + "' in this store; add it with 'stratum users add' first"));
    }

    @Override
    public String describe(Round record) {
        return "round \"" + record.name() + "\"";
    }
}
