package org.stratum.engine.ingest.mapping;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of value map, by what their standard values are. */
enum ValueMapKind {
    /** CDC Race &amp; Ethnicity codes, or declined / unknown / asked-no-answer. */
    RACE_ETHNICITY("race-ethnicity"),
    /** BCP-47 language tags, or declined / unknown. */
    LANGUAGE("language"),
    /** Codes of one code system (SNOMED CT, LOINC, ICD-10-CM…), optionally with a display. */
    CODE("code"),
    /** Stratum payer types (medi-cal, medicare, commercial, uninsured) with their Source of Payment Typology code. */
    PAYER("payer"),
    /** Plain values, e.g. sex labels to female / male / other / unknown. */
    VALUES("values");

    private final String key;

    ValueMapKind(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static ValueMapKind of(MappingNode node) {
        String key = node.text("kind");
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst()
                .orElseThrow(() -> node.invalid("unknown value map kind '" + key + "'; kinds: "
                        + Arrays.stream(values()).map(ValueMapKind::key).collect(Collectors.joining(", "))));
    }
}
