package org.stratum.core.real;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seven minimum reporting categories of OMB SPD 15 as revised in 2024 (89 FR 22182), with the
 * CDC Race & Ethnicity code of each and the 1997-standard race it falls under. Middle Eastern or
 * North African has no 1997 race of its own: the CDC code set keeps it under White (2106-3).
 * Hispanic or Latino was a separate ethnicity question in 1997, so it has no 1997 race.
 */
public enum OmbCategory {
    AMERICAN_INDIAN_OR_ALASKA_NATIVE("AIAN", "1002-5", "American Indian or Alaska Native", "1002-5"),
    ASIAN("ASIAN", "2028-9", "Asian", "2028-9"),
    BLACK_OR_AFRICAN_AMERICAN("BLACK", "2054-5", "Black or African American", "2054-5"),
    HISPANIC_OR_LATINO("HISPANIC", "2135-2", "Hispanic or Latino", null),
    MIDDLE_EASTERN_OR_NORTH_AFRICAN("MENA", "2118-8", "Middle Eastern or North African", "2106-3"),
    NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER("NHPI", "2076-8", "Native Hawaiian or Pacific Islander", "2076-8"),
    WHITE("WHITE", "2106-3", "White", "2106-3");

    private final String key;
    private final String cdcCode;
    private final String label;
    private final String race1997Code;

    OmbCategory(String key, String cdcCode, String label, String race1997Code) {
        this.key = key;
        this.cdcCode = cdcCode;
        this.label = label;
        this.race1997Code = race1997Code;
    }

    /** The short key stored in the warehouse's {@code omb_category} column. */
    public String key() {
        return key;
    }

    public String cdcCode() {
        return cdcCode;
    }

    public String label() {
        return label;
    }

    /** The 1997 OMB race this category is reported under, empty for Hispanic or Latino. */
    public Optional<String> race1997Code() {
        return Optional.ofNullable(race1997Code);
    }

    public static OmbCategory fromKey(String key) {
        return Arrays.stream(values())
                .filter(c -> c.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown OMB category key: " + key));
    }
}
