package org.stratum.app.workflow.transformation;

import java.util.Locale;

/** Where a barrier sits, and so who can remove it (toolkit Opportunity 7). */
public enum BarrierLevel {
    TEAM("Team"),
    ORGANISATION("Organisation"),
    POLICY("Policy"),
    COMMUNITY("Community");

    private final String label;

    BarrierLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value stored in the workflow store. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BarrierLevel ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
