package org.stratum.app.workflow.pdsa;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A PDSA phase recorded before the one it follows (a study before the change ran, a decision before a study). */
@ResponseStatus(HttpStatus.CONFLICT)
public class PdsaOutOfOrder extends RuntimeException {

    public PdsaOutOfOrder(long id, String what) {
        super("PDSA cycle " + id + ": " + what + ".");
    }
}
