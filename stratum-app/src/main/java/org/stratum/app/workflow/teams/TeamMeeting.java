package org.stratum.app.workflow.teams;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A team meeting in the team's log. */
public record TeamMeeting(long id, long teamId, LocalDate heldOn, String attendees, String notes, String recordedBy,
        OffsetDateTime recordedAt) {
}
