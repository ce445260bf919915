package org.stratum.app.workflow.teams;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.stratum.app.workflow.exchange.Fields;
import org.stratum.app.workflow.exchange.WorkflowDataPart;

/**
 * Improvement teams in the JSON export, with their current members and meeting log. The export is for
 * administrators only, so it carries members' self-declared lived-experience notes as the store does.
 */
@Component
public class TeamsPart implements WorkflowDataPart<TeamsPart.ExportedTeam> {

    /** A team as exported. */
    public record ExportedTeam(String name, String charter, List<Member> members, List<Meeting> meetings) {
    }

    /** A member; {@code role} is the role's name, such as {@code QI_LEAD}. */
    public record Member(String name, String role, String livedExperience) {
    }

    /** A meeting of the team. */
    public record Meeting(LocalDate heldOn, String attendees, String notes) {
    }

    private final Teams teams;

    public TeamsPart(Teams teams) {
        this.teams = teams;
    }

    @Override
    public String name() {
        return "teams";
    }

    @Override
    public Class<ExportedTeam> type() {
        return ExportedTeam.class;
    }

    @Override
    public int position() {
        return 90;
    }

    @Override
    public List<ExportedTeam> export() {
        return teams.list().stream().map(team -> new ExportedTeam(team.name(), team.charter(),
                teams.members(team.id()).stream().map(m -> new Member(m.name(), m.role().name(), m.livedExperience())).toList(),
                teams.meetings(team.id()).stream().map(m -> new Meeting(m.heldOn(), m.attendees(), m.notes())).toList()))
                .toList();
    }

    @Override
    public long storedRecords() {
        return teams.list().size();
    }

    @Override
    public void importRecord(ExportedTeam record, String username) {
        long teamId = teams.create(Fields.required(record.name(), "name", 200),
                Fields.optional(record.charter(), "charter", 4000), username).id();
        for (Member member : record.members() == null ? List.<Member>of() : record.members()) {
            teams.addMember(teamId, Fields.required(member.name(), "member name", 200),
                    Fields.code(member.role(), "member role", TeamRole::valueOf),
                    Fields.optional(member.livedExperience(), "livedExperience", 1000), username);
        }
        for (Meeting meeting : record.meetings() == null ? List.<Meeting>of() : record.meetings()) {
            if (meeting.heldOn() == null) {
                throw new IllegalArgumentException("'meeting heldOn' is missing");
            }
            teams.recordMeeting(teamId, meeting.heldOn(), meeting.attendees(), meeting.notes(), username);
        }
    }

    @Override
    public String describe(ExportedTeam record) {
        return "\"" + record.name() + "\"";
    }
}
