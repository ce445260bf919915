package org.stratum.app.workflow.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The round is closed, so frozen: no scores, changes or invitations any more. */
@ResponseStatus(HttpStatus.CONFLICT)
public class RoundClosed extends RuntimeException {

    public RoundClosed(AssessmentRound round) {
        super("Self-assessment round " + round.id() + " (" + round.name() + ") is closed");
    }
}
