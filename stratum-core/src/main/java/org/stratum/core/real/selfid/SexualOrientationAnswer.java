package org.stratum.core.real.selfid;

import java.util.Arrays;

/**
 * The answers to the optional sexual orientation question (LOINC 76690-7), coded as US Core 5.0.1
 * to 7.0.0 code them: SNOMED CT for the named orientations, v3 NullFlavor for the rest. "Prefer not
 * to answer" is ASKU, the code the warehouse's {@code patient.sexual_orientation} keeps for it.
 */
public enum SexualOrientationAnswer {
    STRAIGHT("straight", SogiCoding.SNOMED, "20430005", "Heterosexual"),
    LESBIAN_OR_GAY("lesbian-or-gay", SogiCoding.SNOMED, "38628009", "Homosexual"),
    BISEXUAL("bisexual", SogiCoding.SNOMED, "42035005", "Bisexual"),
    SOMETHING_ELSE("something-else", SogiCoding.NULL_FLAVOR, "OTH", "other"),
    DONT_KNOW("dont-know", SogiCoding.NULL_FLAVOR, "UNK", "unknown"),
    DECLINED("declined", SogiCoding.NULL_FLAVOR, "ASKU", "asked but unknown");

    /** LOINC 76690-7 "Sexual orientation". */
    public static final String LOINC = "76690-7";

    private final String key;
    private final String system;
    private final String code;
    private final String display;

    SexualOrientationAnswer(String key, String system, String code, String display) {
        this.key = key;
        this.system = system;
        this.code = code;
        this.display = display;
    }

    public String key() {
        return key;
    }

    public String system() {
        return system;
    }

    public String code() {
        return code;
    }

    public String display() {
        return display;
    }

    public static SexualOrientationAnswer fromKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a sexual orientation answer: " + key));
    }
}
