package org.stratum.app.workflow.assessment;

import org.stratum.core.toolkit.assessment.AssessmentSummary;

/** A round with the aggregate of its scores. */
public record RoundSummary(AssessmentRound round, AssessmentSummary summary) {
}
