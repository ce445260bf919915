package org.stratum.app.workflow.pdsa;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.stratum.app.workflow.Changed;

/**
 * A Plan-Do-Study-Act cycle testing one change of an effort.
 *
 * @param startsOn       the first day the change runs: the mark on the measure's charts
 * @param endsOn         the last day it ran, once "do" is recorded; null before
 * @param startsNewPhase whether the charts start a new baseline on {@code startsOn}
 * @param actDecision    null until the team decides
 */
public record PdsaCycle(long id, long effortId, String changeTested, String prediction, String planMeasures,
        LocalDate startsOn, LocalDate endsOn, boolean startsNewPhase, String doNotes, String studyNotes,
        String studiedBy, OffsetDateTime studiedAt, ActDecision actDecision, String actNotes, String actedBy,
        OffsetDateTime actedAt, Changed changed) {

    public PdsaStage stage() {
        if (actDecision != null) {
            return PdsaStage.DECIDED;
        }
        if (studiedAt != null) {
            return PdsaStage.AWAITING_ACT;
        }
        return endsOn == null ? PdsaStage.DOING : PdsaStage.AWAITING_STUDY;
    }
}
