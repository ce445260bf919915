package org.stratum.app.workflow.selfid;

import java.util.Optional;

/**
 * What checking a typed code found. A wrong code and a code that can no longer be used say different
 * things to the patient (check the typing / ask for a new code), but neither says anything about whom
 * the code was for; a used code and an expired one say the same, so nobody learns that someone answered.
 */
public record CodeCheck(Status status, Optional<IssuedCode> code) {

    public enum Status {
        VALID,
        WRONG,
        /** Used already, or expired. */
        NO_LONGER_VALID,
        THROTTLED
    }

    static CodeCheck valid(IssuedCode code) {
        return new CodeCheck(Status.VALID, Optional.of(code));
    }

    static CodeCheck of(Status status) {
        return new CodeCheck(status, Optional.empty());
    }
}
