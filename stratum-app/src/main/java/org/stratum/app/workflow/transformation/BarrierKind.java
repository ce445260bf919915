package org.stratum.app.workflow.transformation;

import java.util.Locale;

/** Whether a log entry is a barrier in the way or a learning to carry forward. */
public enum BarrierKind {
    BARRIER("Barrier"),
    LEARNING("Learning");

    private final String label;

    BarrierKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value stored in the workflow store. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BarrierKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
