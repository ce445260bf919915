package org.stratum.app.workflow.record;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** There is no workflow record of this kind with this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String kind, long id) {
        super("No " + kind + " with id " + id);
    }
}
