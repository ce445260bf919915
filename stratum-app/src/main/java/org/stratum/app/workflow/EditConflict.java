package org.stratum.app.workflow;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone else saved the record after the person saving now opened it: their change is refused so
 * that neither silently overwrites the other (optimistic locking on the record's version).
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class EditConflict extends RuntimeException {

    public EditConflict(String record, long id) {
        super("Someone else changed this " + record + " (" + id + ") after you opened it. Your changes were not saved:"
                + " reload the page to see theirs, then make yours again.");
    }
}
