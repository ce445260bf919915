package org.stratum.app.workflow.rootcause;

import java.util.Arrays;

/** From where a participant sees the problem: the toolkit asks for patients and community members at the table. */
public enum Perspective {
    STAFF("staff", "Staff"),
    PATIENT("patient", "Patient"),
    COMMUNITY("community", "Community member");

    private final String code;
    private final String label;

    Perspective(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Perspective ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown perspective '" + code + "'"));
    }
}
