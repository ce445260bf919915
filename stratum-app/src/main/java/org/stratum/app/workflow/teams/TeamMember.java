package org.stratum.app.workflow.teams;

import java.time.OffsetDateTime;

/**
 * A current member of a team.
 *
 * @param livedExperience what the member chose to say about their lived experience or community; null
 *                        when they said nothing, which is always allowed
 */
public record TeamMember(long id, long teamId, String name, TeamRole role, String livedExperience, String addedBy,
        OffsetDateTime addedAt) {

    public boolean declaredLivedExperience() {
        return livedExperience != null;
    }
}
