package org.stratum.core.real;

import java.util.Arrays;

/**
 * Who supplied a REAL answer. Self-report is the standard; staff observation and imputation are
 * kept and shown as such, never mixed silently with self-report.
 */
public enum ReportingSource {
    SELF_REPORTED("self-reported"),
    STAFF_OBSERVED("staff-observed"),
    IMPUTED("imputed");

    private final String code;

    ReportingSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ReportingSource fromCode(String code) {
        return Arrays.stream(values())
                .filter(s -> s.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown reporting source: " + code));
    }
}
