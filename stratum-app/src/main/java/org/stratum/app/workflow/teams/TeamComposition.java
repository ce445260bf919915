package org.stratum.app.workflow.teams;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Who is at a team's table: members per role, how many are patient or community partners, and how
 * many chose to declare lived experience or membership of a community.
 */
public record TeamComposition(Map<TeamRole, Long> byRole, long members, long patientOrCommunity,
        long declaredLivedExperience) {

    public static TeamComposition of(Collection<TeamMember> members) {
        Map<TeamRole, Long> byRole = new EnumMap<>(TeamRole.class);
        for (TeamRole role : TeamRole.values()) {
            byRole.put(role, members.stream().filter(m -> m.role() == role).count());
        }
        return new TeamComposition(byRole, members.size(),
                members.stream().filter(m -> m.role().isPatientOrCommunity()).count(),
                members.stream().filter(TeamMember::declaredLivedExperience).count());
    }

    /** Whether patients or community members are on the team, as the toolkit asks. */
    public boolean patientsOrCommunityAtTheTable() {
        return patientOrCommunity > 0;
    }
}
