package org.stratum.engine.ingest.fhir;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stratum.engine.ingest.fhir.FieldCheck.DateTime;
import org.stratum.engine.ingest.fhir.FieldCheck.OneOf;
import org.stratum.engine.ingest.fhir.FieldCheck.Reference;
import org.stratum.engine.ingest.fhir.FieldCheck.Required;

/**
 * The FHIR R4 resource types Stratum loads and how. Status codes are checked against their required
 * bindings, as HAPI FHIR's strict parser does, so a record the reference library would refuse is
 * refused here too.
 */
final class FhirMappings {
    private static final List<String> REQUEST_STATUS =
            List.of("draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown");
    private static final List<String> REQUEST_INTENT = List.of("proposal", "plan", "directive", "order",
            "original-order", "reflex-order", "filler-order", "instance-order", "option");

    static final List<FhirMapping> ALL = List.of(
            new FhirMapping("Patient", List.of("patient.patient_id", "patient_race_ethnicity.patient_id",
                    "attribution.patient_id"), List.of(
                    new OneOf("gender", List.of("male", "female", "other", "unknown"), false),
                    new DateTime("birthDate"), new DateTime("deceasedDateTime")),
                    List.of("Patient.sql", "Patient.race.sql", "Patient.attribution.sql")),
            new FhirMapping("Encounter", List.of("encounter.encounter_id", "encounter_diagnosis.encounter_id"), List.of(
                    new Reference("subject.reference", "Patient"),
                    new OneOf("status", List.of("planned", "arrived", "triaged", "in-progress", "onleave", "finished",
                            "cancelled", "entered-in-error", "unknown"), true),
                    new DateTime("period.start"), new DateTime("period.end")),
                    List.of("Encounter.sql", "Encounter.diagnosis.sql")),
            new FhirMapping("Condition", List.of("condition.condition_id"), List.of(
                    new Reference("subject.reference", "Patient"), new DateTime("onsetDateTime"),
                    new DateTime("onsetPeriod.start"), new DateTime("abatementDateTime"),
                    new DateTime("abatementPeriod.start"), new DateTime("abatementPeriod.end"),
                    new DateTime("recordedDate")),
                    List.of("Condition.sql")),
            new FhirMapping("Observation", List.of("observation.observation_id",
                    "observation.panel_id"), List.of(
                    new Reference("subject.reference", "Patient"),
                    new OneOf("status", List.of("registered", "preliminary", "final", "amended", "corrected",
                            "cancelled", "entered-in-error", "unknown"), true),
                    new DateTime("effectiveDateTime"), new DateTime("effectiveInstant"),
                    new DateTime("effectivePeriod.start"), new DateTime("effectivePeriod.end"), new DateTime("issued")),
                    List.of("Observation.sql", "Observation.component.sql")),
            new FhirMapping("Procedure", List.of("procedure.procedure_id"), List.of(
                    new Reference("subject.reference", "Patient"),
                    new OneOf("status", List.of("preparation", "in-progress", "not-done", "on-hold", "stopped",
                            "completed", "entered-in-error", "unknown"), true),
                    new DateTime("performedDateTime"), new DateTime("performedPeriod.start"),
                    new DateTime("performedPeriod.end")),
                    List.of("Procedure.sql")),
            new FhirMapping("Immunization", List.of("immunization.immunization_id"), List.of(
                    new Reference("patient.reference", "Patient"),
                    new OneOf("status", List.of("completed", "entered-in-error", "not-done"), true),
                    new DateTime("occurrenceDateTime")),
                    List.of("Immunization.sql")),
            new FhirMapping("Medication", List.of(), List.of(), List.of("Medication.sql")),
            new FhirMapping("MedicationRequest", List.of("medication.medication_id"), List.of(
                    new Reference("subject.reference", "Patient"),
                    new OneOf("status", List.of("active", "on-hold", "cancelled", "completed", "entered-in-error",
                            "stopped", "draft", "unknown"), true),
                    new OneOf("intent", List.of("proposal", "plan", "order", "original-order", "reflex-order",
                            "filler-order", "instance-order", "option"), true),
                    new DateTime("authoredOn")),
                    List.of("MedicationRequest.sql")),
            new FhirMapping("MedicationAdministration", List.of("medication.medication_id"), List.of(
                    new Reference("subject.reference", "Patient"),
                    new OneOf("status", List.of("in-progress", "not-done", "on-hold", "completed", "entered-in-error",
                            "stopped", "unknown"), true),
                    new DateTime("effectiveDateTime"), new DateTime("effectivePeriod.start"),
                    new DateTime("effectivePeriod.end")),
                    List.of("MedicationAdministration.sql")),
            new FhirMapping("MedicationDispense", List.of("medication.medication_id"), List.of(
                    new Reference("subject.reference", "Patient"),
                    new OneOf("status", List.of("preparation", "in-progress", "cancelled", "on-hold", "completed",
                            "entered-in-error", "stopped", "declined", "unknown"), true),
                    new DateTime("whenHandedOver")),
                    List.of("MedicationDispense.sql")),
            new FhirMapping("ServiceRequest", List.of("care_request.request_id"), List.of(
                    new Reference("subject.reference", "Patient"), new OneOf("status", REQUEST_STATUS, true),
                    new OneOf("intent", REQUEST_INTENT, true), new DateTime("authoredOn")),
                    List.of("ServiceRequest.sql")),
            new FhirMapping("DeviceRequest", List.of("care_request.request_id"), List.of(
                    new Reference("subject.reference", "Patient"), new OneOf("status", REQUEST_STATUS, false),
                    new OneOf("intent", REQUEST_INTENT, true), new DateTime("authoredOn")),
                    List.of("DeviceRequest.sql")),
            new FhirMapping("Coverage", List.of("coverage.coverage_id"), List.of(
                    new Reference("beneficiary.reference", "Patient"),
                    new OneOf("status", List.of("active", "cancelled", "draft", "entered-in-error"), true),
                    new DateTime("period.start"), new DateTime("period.end")),
                    List.of("Coverage.sql")),
            new FhirMapping("AllergyIntolerance", List.of("allergy.allergy_id"), List.of(
                    new Reference("patient.reference", "Patient"), new DateTime("onsetDateTime"),
                    new DateTime("onsetPeriod.start"), new DateTime("onsetPeriod.end"), new DateTime("recordedDate")),
                    List.of("AllergyIntolerance.sql")),
            new FhirMapping("AdverseEvent", List.of("adverse_event.adverse_event_id"), List.of(
                    new Reference("subject.reference", "Patient"),
                    new OneOf("actuality", List.of("actual", "potential"), true),
                    new DateTime("date"), new DateTime("recordedDate")),
                    List.of("AdverseEvent.sql")),
            new FhirMapping("Organization", List.of("care_site.site_id"), List.of(), List.of("Organization.sql")),
            new FhirMapping("Practitioner", List.of("clinician.clinician_id"), List.of(), List.of("Practitioner.sql")),
            new FhirMapping("PractitionerRole", List.of(), List.of(), List.of("PractitionerRole.sql")),
            new FhirMapping("ValueSet", List.of("valueset_code.oid"), List.of(),
                    List.of("ValueSet.sql", "ValueSet.includes.sql")),
            new FhirMapping("QuestionnaireResponse", List.of("survey_response.response_id"), List.of(
                    new Reference("subject.reference", "Patient"), new Required("authored"),
                    new DateTime("authored")),
                    List.of("QuestionnaireResponse.sql")));

    static final Map<String, FhirMapping> BY_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(FhirMapping::resourceType, Function.identity()));

    private FhirMappings() {
    }
}
