package org.stratum.core.real.tabulation;

import java.util.Arrays;

/** Which question an answer was given to, as the warehouse's {@code question} column codes it. */
public enum Question {
    /** OMB SPD 15 (2024): one combined race and/or ethnicity question, select all that apply. */
    COMBINED("combined"),
    /** OMB SPD 15 (1997): the race question (five races, more than one allowed). */
    RACE("race"),
    /** OMB SPD 15 (1997): the Hispanic or Latino ethnicity question, asked first. */
    ETHNICITY("ethnicity");

    private final String code;

    Question(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Question fromCode(String code) {
        return Arrays.stream(values())
                .filter(q -> q.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown race/ethnicity question: " + code));
    }
}
