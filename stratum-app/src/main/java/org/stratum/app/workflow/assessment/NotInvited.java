package org.stratum.app.workflow.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Only the people invited to a round may score in it. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class NotInvited extends RuntimeException {

    public NotInvited(long roundId, String username) {
        super("'" + username + "' is not invited to self-assessment round " + roundId);
    }
}
