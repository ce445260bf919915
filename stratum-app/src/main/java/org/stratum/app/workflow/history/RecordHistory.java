package org.stratum.app.workflow.history;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A workflow record's history, read from the audit log: the repositories write one event per
 * creation and change with the record as subject ({@code table/id}). Only workflow records' subjects
 * are answered here, never the log's patient-level events.
 */
@Repository
public class RecordHistory {

    /** The kinds of record with a history, and what the page calls them. */
    static final Map<String, String> KINDS = Map.of(
            "root_cause_analysis", "Root-cause analysis",
            "barrier", "Barrier or learning",
            "institutional_action", "Institutional action",
            "community_partner", "Community partner",
            "assessment_round", "Self-assessment round",
            "improvement_cycle", "Improvement cycle",
            "improvement_effort", "Improvement effort",
            "pdsa_cycle", "PDSA cycle",
            "improvement_team", "Improvement team");
    private static final Pattern SUBJECT = Pattern.compile("([a-z_]+)/([1-9][0-9]{0,17})");

    private final JdbcClient jdbc;

    public RecordHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The record's kind as the page names it, when the subject names a workflow record. */
    static Optional<String> kindOf(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher matcher = SUBJECT.matcher(subject);
        return matcher.matches() ? Optional.ofNullable(KINDS.get(matcher.group(1))) : Optional.empty();
    }

    /** Every event about the record, oldest first. */
    public List<HistoryEvent> of(String subject) {
        return jdbc.sql("SELECT occurred_at, username, action, detail FROM audit_event WHERE subject = ? ORDER BY occurred_at, id")
                .param(subject)
                .query((rs, row) -> new HistoryEvent(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("username"),
                        rs.getString("action"), rs.getString("detail")))
                .list();
    }
}
