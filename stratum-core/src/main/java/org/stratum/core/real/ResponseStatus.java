package org.stratum.core.real;

import java.util.Arrays;

/**
 * Whether a REAL question was answered. Non-answers are data: they are stored, counted and shown as
 * their own strata, never dropped. The FHIR codings are those US Core allows in place of an answer.
 */
public enum ResponseStatus {
    ANSWERED("answered", null, null, null),
    /** Asked, but the patient gave no answer: v3 NullFlavor ASKU. */
    ASKED_NO_ANSWER("asked-no-answer", "http://terminology.hl7.org/CodeSystem/v3-NullFlavor", "ASKU",
            "asked but unknown"),
    /** Not known, e.g. never asked: v3 NullFlavor UNK. */
    UNKNOWN("unknown", "http://terminology.hl7.org/CodeSystem/v3-NullFlavor", "UNK", "unknown"),
    /** Asked, and the patient chose not to answer: data-absent-reason asked-declined. */
    DECLINED("declined", "http://terminology.hl7.org/CodeSystem/data-absent-reason", "asked-declined",
            "Asked But Declined");

    private final String code;
    private final String fhirSystem;
    private final String fhirCode;
    private final String fhirDisplay;

    ResponseStatus(String code, String fhirSystem, String fhirCode, String fhirDisplay) {
        this.code = code;
        this.fhirSystem = fhirSystem;
        this.fhirCode = fhirCode;
        this.fhirDisplay = fhirDisplay;
    }

    public String code() {
        return code;
    }

    public String fhirSystem() {
        return fhirSystem;
    }

    public String fhirCode() {
        return fhirCode;
    }

    public String fhirDisplay() {
        return fhirDisplay;
    }

    public static ResponseStatus fromCode(String code) {
        return Arrays.stream(values())
                .filter(s -> s.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown response status: " + code));
    }
}
