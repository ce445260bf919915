package org.stratum.app.workflow.exchange;

/** An import of workflow data was refused; nothing was stored. The message names the failing record and the reason. */
public class ImportRefused extends RuntimeException {

    public ImportRefused(String message) {
        super(message);
    }
}
