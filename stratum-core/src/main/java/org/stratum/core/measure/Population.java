package org.stratum.core.measure;

import java.util.Arrays;
import java.util.Optional;

/**
 * The populations of a proportion measure, in the order a patient passes through them. The names
 * match FHIR's measure-population code system, so MeasureReports and expected test results line up.
 */
public enum Population {
    INITIAL_POPULATION("initial_population", "initial-population", "Initial Population"),
    DENOMINATOR("denominator", "denominator", "Denominator"),
    DENOMINATOR_EXCLUSION("denominator_exclusion", "denominator-exclusion", "Denominator Exclusion"),
    NUMERATOR("numerator", "numerator", "Numerator"),
    DENOMINATOR_EXCEPTION("denominator_exception", "denominator-exception", "Denominator Exception");

    private final String key;
    private final String fhirCode;
    private final String display;

    Population(String key, String fhirCode, String display) {
        this.key = key;
        this.fhirCode = fhirCode;
        this.display = display;
    }

    /** The name used in definition files and result columns, e.g. {@code denominator_exclusion}. */
    public String key() {
        return key;
    }

    /** The code in http://terminology.hl7.org/CodeSystem/measure-population. */
    public String fhirCode() {
        return fhirCode;
    }

    public String display() {
        return display;
    }

    public static Optional<Population> fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    public static Optional<Population> fromFhirCode(String code) {
        return Arrays.stream(values()).filter(p -> p.fhirCode.equals(code)).findFirst();
    }
}
