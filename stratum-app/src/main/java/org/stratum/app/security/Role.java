package org.stratum.app.security;

import java.util.Arrays;

/** What a signed-in person may do. Stored lower case in {@code app_user.role}. */
public enum Role {
    /** Manages accounts, sites and the organisation; sees all data. */
    ADMIN("admin", "Administrator"),
    /** Loads data, picks measures, explores gaps, builds outreach lists. */
    ANALYST("analyst", "Analyst"),
    /** Reads dashboards and reports. */
    VIEWER("viewer", "Viewer");

    private final String code;
    private final String label;

    Role(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value stored in the workflow store. */
    public String code() {
        return code;
    }

    /** The name people read. */
    public String label() {
        return label;
    }

    /** The Spring Security authority, {@code ROLE_ADMIN} etc. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Role ofCode(String code) {
        return Arrays.stream(values())
                .filter(role -> role.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role '" + code + "'"));
    }
}
