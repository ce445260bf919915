package org.stratum.app.workflow.transformation;

import java.util.Locale;

/** What an institutional action changes (toolkit Opportunity 7). */
public enum ActionKind {
    POLICY("Policy"),
    WORKFLOW("Workflow"),
    STAFFING("Staffing"),
    BUDGET("Budget"),
    DATA_SYSTEMS("Data systems");

    private final String label;

    ActionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value stored in the workflow store. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActionKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
