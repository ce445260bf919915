package org.stratum.core.real;

/**
 * The FHIR extensions Stratum puts on a REAL answer's Coding (inside US Core's race and ethnicity
 * extensions) so that who gave the answer, when, and to which question survives a round trip.
 * US Core has no element for these; Stratum-defined URNs keep them clearly apart from HL7's.
 */
public final class RealFhirExtensions {
    public static final String US_CORE_RACE = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race";
    public static final String US_CORE_ETHNICITY = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity";
    public static final String US_CORE_BIRTH_SEX = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex";
    public static final String US_CORE_GENDER_IDENTITY =
            "http://hl7.org/fhir/us/core/StructureDefinition/us-core-genderIdentity";
    public static final String US_CORE_INTERPRETER_NEEDED =
            "http://hl7.org/fhir/us/core/StructureDefinition/us-core-interpreter-needed";

    /** valueCode: self-reported, staff-observed or imputed ({@link ReportingSource}). */
    public static final String SOURCE = "urn:stratum:fhir:extension:real-source";
    /** valueDate: the day the answer was recorded. */
    public static final String RECORDED = "urn:stratum:fhir:extension:real-recorded";
    /** valueCode: combined (OMB 2024 single question), race or ethnicity (1997 two questions). */
    public static final String QUESTION = "urn:stratum:fhir:extension:real-question";
    /** valueCode: declined, on an ASKU null flavour, because US Core cannot say "declined". */
    public static final String RESPONSE = "urn:stratum:fhir:extension:real-response";
    /** valueString: the free text the patient wrote in with the answer. */
    public static final String WRITE_IN = "urn:stratum:fhir:extension:real-write-in";
    /** valueCode: where the answer was collected (registration, portal, kiosk, …). */
    public static final String COLLECTED_VIA = "urn:stratum:fhir:extension:real-collected-via";
    /**
     * valueBoolean: whether the answer named a detailed group, when the slice it sits in cannot say
     * (a minimum category US Core has no ombCategory code for, such as MENA, goes in "detailed").
     */
    public static final String DETAILED = "urn:stratum:fhir:extension:real-detailed";
    /**
     * valueBoolean true: a coding written only so that US Core's 1997 shape is complete (White for a
     * MENA answer, Not Hispanic beside a combined answer without Hispanic, a combined non-answer
     * repeated in the ethnicity extension). It is not an answer: importers of Stratum's exports skip it.
     */
    public static final String DERIVED = "urn:stratum:fhir:extension:real-derived";

    private RealFhirExtensions() {
    }
}
