package org.stratum.app.workflow.selfid;

/** The form was sent with a code that was used meanwhile or has expired; nothing was stored. */
public class CodeNoLongerValid extends RuntimeException {
    public CodeNoLongerValid(long codeId) {
        super("Self-identification code " + codeId + " was used already or has expired");
    }
}
