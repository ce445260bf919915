package org.stratum.app.workflow.teams;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
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

/** Improvement teams, their members and meeting log. Every change is audited; nothing is deleted. */
@Repository
public class Teams {

    private static final String SELECT = """
            SELECT id, name, charter, version, created_by, created_at, changed_by, changed_at FROM improvement_team""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    public Teams(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public Team create(String name, String charter, String username) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO improvement_team (name, charter, created_by, changed_by) VALUES (?, ?, ?, ?)")
                .params(name, charter, username, username)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        audit.record(username, "team.create", "improvement_team/" + id, name);
        return get(id);
    }

    /**
     * Renames the team and rewrites its charter if it is still at {@code version}.
     *
     * @throws EditConflict when someone else changed it after the person's form was filled
     */
    @Transactional
    public Team change(long id, int version, String name, String charter, String username) {
        get(id);
        int updated = jdbc.sql("""
                        UPDATE improvement_team SET name = ?, charter = ?, version = version + 1, changed_by = ?,
                            changed_at = CURRENT_TIMESTAMP
                        WHERE id = ? AND version = ?""")
                .params(name, charter, username, id, version)
                .update();
        if (updated == 0) {
            throw new EditConflict("team", id);
        }
        audit.record(username, "team.change", "improvement_team/" + id, name);
        return get(id);
    }

    @Transactional
    public void addMember(long teamId, String name, TeamRole role, String livedExperience, String username) {
        get(teamId);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO team_member (team_id, name, role, lived_experience, added_by) VALUES (?, ?, ?, ?, ?)")
                .params(teamId, name, role.name(), livedExperience, username)
                .update(key, "id");
        // The audit log names the role, never the member's declaration about themselves.
        audit.record(username, "team.member.add", "team_member/" + key.getKeyAs(Long.class), role.name());
    }

    /** Marks a member as having left; the row stays, with who removed them and when. */
    @Transactional
    public void removeMember(long teamId, long memberId, String username) {
        int updated = jdbc.sql("""
                        UPDATE team_member SET removed_by = ?, removed_at = CURRENT_TIMESTAMP
                        WHERE id = ? AND team_id = ? AND removed_at IS NULL""")
                .params(username, memberId, teamId)
                .update();
        if (updated == 0) {
            throw new WorkflowRecordNotFound("current member of team " + teamId, memberId);
        }
        audit.record(username, "team.member.remove", "team_member/" + memberId, null);
    }

    @Transactional
    public void recordMeeting(long teamId, LocalDate heldOn, String attendees, String notes, String username) {
        get(teamId);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO team_meeting (team_id, held_on, attendees, notes, recorded_by) VALUES (?, ?, ?, ?, ?)")
                .params(teamId, heldOn, attendees, notes, username)
                .update(key, "id");
        audit.record(username, "team.meeting.record", "team_meeting/" + key.getKeyAs(Long.class), "team " + teamId);
    }

    public Team get(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::team).optional()
                .orElseThrow(() -> new WorkflowRecordNotFound("team", id));
    }

    public List<Team> list() {
        return jdbc.sql(SELECT + " ORDER BY name, id").query(this::team).list();
    }

    /** The team's current members, by role then name. */
    public List<TeamMember> members(long teamId) {
        return jdbc.sql("""
                        SELECT id, team_id, name, role, lived_experience, added_by, added_at FROM team_member
                        WHERE team_id = ? AND removed_at IS NULL ORDER BY name, id""")
                .param(teamId)
                .query((rs, row) -> new TeamMember(rs.getLong("id"), rs.getLong("team_id"), rs.getString("name"),
                        TeamRole.valueOf(rs.getString("role")), rs.getString("lived_experience"),
                        rs.getString("added_by"), rs.getObject("added_at", OffsetDateTime.class)))
                .list().stream()
                .sorted(Comparator.comparing(TeamMember::role)).toList();
    }

    public TeamComposition composition(long teamId) {
        return TeamComposition.of(members(teamId));
    }

    /** The team's meetings, the latest first. */
    public List<TeamMeeting> meetings(long teamId) {
        return jdbc.sql("""
                        SELECT id, team_id, held_on, attendees, notes, recorded_by, recorded_at FROM team_meeting
                        WHERE team_id = ? ORDER BY held_on DESC, id DESC""")
                .param(teamId)
                .query((rs, row) -> new TeamMeeting(rs.getLong("id"), rs.getLong("team_id"),
                        rs.getObject("held_on", LocalDate.class), rs.getString("attendees"), rs.getString("notes"),
                        rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    private Team team(ResultSet rs, int row) throws SQLException {
        return new Team(rs.getLong("id"), rs.getString("name"), rs.getString("charter"), Changed.read(rs));
    }
}
