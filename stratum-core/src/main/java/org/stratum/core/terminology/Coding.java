package org.stratum.core.terminology;

import java.util.Objects;

/** A code from a code system, as FHIR writes it: system URI, code and an optional display. */
public record Coding(String system, String code, String display) {

    public Coding {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
    }

    public static Coding of(String system, String code) {
        return new Coding(system, code, null);
    }

    /** Membership in a value set is exact on system and code; the display never matters. */
    public boolean sameCode(Coding other) {
        return system.equals(other.system) && code.equals(other.code);
    }
}
