package org.stratum.app.workflow;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** There is no workflow record of this kind with this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class WorkflowRecordNotFound extends RuntimeException {

    public WorkflowRecordNotFound(String record, long id) {
        super("No " + record + " with id " + id);
    }
}
