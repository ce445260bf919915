package org.stratum.app.workflow.transformation;

import java.util.Locale;

/** How far an institutional action has come. */
public enum ActionStatus {
    PLANNED("Planned"),
    IN_PROGRESS("In progress"),
    DONE("Done");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value stored in the workflow store. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActionStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
