package org.stratum.app.workflow.record;

/**
 * An update named a version of a record that is no longer the latest: someone else saved the record
 * after this person opened it. Nothing was written; the person reloads and makes their change again.
 */
public class StaleRecord extends RuntimeException {

    private final String subject;

    public StaleRecord(String subject, String changedBy) {
        super("Someone else (" + changedBy + ") changed this record after you opened it, so your changes were not"
                + " saved. Reload it to see their changes, then make yours again.");
        this.subject = subject;
    }

    /** The record, as its audit subject ({@code table/id}). */
    public String subject() {
        return subject;
    }
}
