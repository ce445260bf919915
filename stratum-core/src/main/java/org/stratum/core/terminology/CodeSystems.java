package org.stratum.core.terminology;

/** Canonical URIs of the code systems Stratum reads and writes, as FHIR R4 and US Core name them. */
public final class CodeSystems {
    public static final String SNOMED_CT = "http://snomed.info/sct";
    public static final String LOINC = "http://loinc.org";
    public static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    public static final String ICD_10_PCS = "http://www.cms.gov/Medicare/Coding/ICD10";
    public static final String CVX = "http://hl7.org/fhir/sid/cvx";
    public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public static final String HCPCS = "http://www.nlm.nih.gov/research/umls/hcpcs";
    public static final String CPT = "http://www.ama-assn.org/go/cpt";
    /** Source of Payment Typology (PHDSC/NAHDO), used for payer type on Coverage. */
    public static final String SOURCE_OF_PAYMENT = "https://nahdo.org/sopt";
    /** CDC Race and Ethnicity Code Set, OID 2.16.840.1.113883.6.238, as US Core writes it. */
    public static final String CDC_RACE_ETHNICITY = "urn:oid:2.16.840.1.113883.6.238";
    public static final String NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";
    public static final String DATA_ABSENT_REASON = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
    public static final String BCP_47 = "urn:ietf:bcp:47";
    public static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public static final String ADMINISTRATIVE_GENDER = "http://hl7.org/fhir/administrative-gender";
    public static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    public static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    public static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String UCUM = "http://unitsofmeasure.org";

    private CodeSystems() {
    }
}
