package org.stratum.app.workflow.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** There is no self-assessment round with this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RoundNotFound extends RuntimeException {

    public RoundNotFound(long id) {
        super("No self-assessment round with id " + id);
    }
}
