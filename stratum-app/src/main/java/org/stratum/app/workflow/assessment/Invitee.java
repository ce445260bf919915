package org.stratum.app.workflow.assessment;

/**
 * A person invited to score in a round.
 *
 * @param scored whether they have handed in their scoresheet
 */
public record Invitee(long userId, String username, String displayName, boolean scored) {
}
