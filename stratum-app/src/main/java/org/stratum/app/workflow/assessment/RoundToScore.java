package org.stratum.app.workflow.assessment;

/**
 * An open round a person is invited to.
 *
 * @param scored whether they have handed in their scoresheet (they may still change it)
 */
public record RoundToScore(AssessmentRound round, boolean scored) {
}
