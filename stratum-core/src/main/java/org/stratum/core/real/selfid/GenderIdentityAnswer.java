package org.stratum.core.real.selfid;

import java.util.Arrays;

/**
 * The answers to the optional gender identity question (LOINC 76691-5), coded from the US Core
 * gender identity value set (VSAC 2.16.840.1.113762.1.4.1021.32): SNOMED CT for the named
 * identities, v3 NullFlavor OTH and ASKU ("prefer not to answer") for the rest.
 */
public enum GenderIdentityAnswer {
    FEMALE("female", SogiCoding.SNOMED, "446141000124107", "Identifies as female gender"),
    MALE("male", SogiCoding.SNOMED, "446151000124109", "Identifies as male gender"),
    NONBINARY("nonbinary", SogiCoding.SNOMED, "33791000087105", "Identifies as nonbinary gender"),
    SOMETHING_ELSE("something-else", SogiCoding.NULL_FLAVOR, "OTH", "other"),
    DECLINED("declined", SogiCoding.NULL_FLAVOR, "ASKU", "asked but unknown");

    /** LOINC 76691-5 "Gender identity". */
    public static final String LOINC = "76691-5";

    private final String key;
    private final String system;
    private final String code;
    private final String display;

    GenderIdentityAnswer(String key, String system, String code, String display) {
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

    public static GenderIdentityAnswer fromKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a gender identity answer: " + key));
    }
}
