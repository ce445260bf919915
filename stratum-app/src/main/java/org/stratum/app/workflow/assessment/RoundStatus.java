package org.stratum.app.workflow.assessment;

import java.util.Arrays;

/** Whether a self-assessment round still takes scores. Stored lower case in {@code assessment_round.status}. */
public enum RoundStatus {
    /** Invited colleagues may score and change their scores. */
    OPEN("open"),
    /** Frozen: nobody may score, change a score or be invited any more. */
    CLOSED("closed");

    private final String code;

    RoundStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static RoundStatus ofCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown round status '" + code + "'"));
    }
}
