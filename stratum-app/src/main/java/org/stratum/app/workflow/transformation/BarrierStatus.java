package org.stratum.app.workflow.transformation;

import java.util.Locale;

/** Where a barrier stands: open, escalated to someone who can act on it, or resolved. */
public enum BarrierStatus {
    OPEN("Open"),
    ESCALATED("Escalated"),
    RESOLVED("Resolved");

    private final String label;

    BarrierStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value stored in the workflow store. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BarrierStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
