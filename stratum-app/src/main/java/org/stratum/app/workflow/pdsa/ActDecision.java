package org.stratum.app.workflow.pdsa;

import java.util.Arrays;
import java.util.Optional;

/** What the team decides after studying a change: keep it, change it and test again, or drop it. */
public enum ActDecision {
    ADOPT("adopt", "Adopt: keep the change and make it standard work"),
    ADAPT("adapt", "Adapt: change it and test again"),
    ABANDON("abandon", "Abandon: stop testing this change");

    private final String code;
    private final String label;

    ActDecision(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ActDecision> ofCode(String code) {
        return Arrays.stream(values()).filter(decision -> decision.code.equals(code)).findFirst();
    }
}
