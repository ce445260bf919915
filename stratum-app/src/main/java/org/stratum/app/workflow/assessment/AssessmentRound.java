package org.stratum.app.workflow.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A self-assessment round: colleagues score the key drivers over a planned period (Quick Start
 * steps 1-3), repeated every four to six months (step 6).
 *
 * @param startsOn the first day of the planned period
 * @param endsOn   the last day of the planned period; the round stays open until an administrator closes it
 */
public record AssessmentRound(long id, String name, LocalDate startsOn, LocalDate endsOn, RoundStatus status,
                              String openedBy, OffsetDateTime openedAt, String closedBy, OffsetDateTime closedAt) {

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }
}
