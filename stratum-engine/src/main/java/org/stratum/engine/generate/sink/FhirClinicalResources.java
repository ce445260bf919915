package org.stratum.engine.generate.sink;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.stratum.core.terminology.CodeSystems;
import org.stratum.core.terminology.Coding;
import org.stratum.engine.generate.record.CareRequestRecord;
import org.stratum.engine.generate.record.ConditionRecord;
import org.stratum.engine.generate.record.CoverageRecord;
import org.stratum.engine.generate.record.EncounterRecord;
import org.stratum.engine.generate.record.ImmunizationRecord;
import org.stratum.engine.generate.record.MedicationRecord;
import org.stratum.engine.generate.record.ObservationRecord;
import org.stratum.engine.generate.record.ProcedureRecord;
import org.stratum.engine.generate.record.SurveyAnswerRecord;

/** Writes a patient's clinical records as FHIR R4 resources (QI-Core / US Core shapes). */
final class FhirClinicalResources {
    private static final String US_CORE_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/us-core-category";

    private FhirClinicalResources() {
    }

    static void encounter(FhirJson f, String patientId, EncounterRecord e) throws IOException {
        JsonGenerator json = f.json();
        f.begin("Encounter", e.id()).string("status", e.status());
        json.writeFieldName("class");
        f.coding(new Coding(CodeSystems.ACT_CODE, e.classCode(), null));
        f.codeableConceptArray("type", e.type()).reference("subject", "Patient", patientId);
        if (e.clinicianId() != null) {
            json.writeArrayFieldStart("participant");
            json.writeStartObject();
            f.reference("individual", "Practitioner", e.clinicianId());
            json.writeEndObject();
            json.writeEndArray();
        }
        f.period("period", e.start(), e.end()).reference("serviceProvider", "Organization", e.siteId());
        f.end();
    }

    static void condition(FhirJson f, String patientId, ConditionRecord c) throws IOException {
        f.begin("Condition", c.id())
                .codeableConcept("clinicalStatus", new Coding(CodeSystems.CONDITION_CLINICAL, c.clinicalStatus(), null))
                .codeableConcept("verificationStatus", new Coding(CodeSystems.CONDITION_VERIFICATION, "confirmed", null))
                .codeableConceptArray("category", new Coding(CodeSystems.CONDITION_CATEGORY, c.category(), null))
                .codeableConcept("code", c.code()).reference("subject", "Patient", patientId)
                .reference("encounter", "Encounter", c.encounterId())
                .string("onsetDateTime", FhirJson.instant(c.onset()))
                .string("recordedDate", FhirJson.instant(c.recorded()));
        f.end();
    }

    static void observation(FhirJson f, String patientId, ObservationRecord o) throws IOException {
        JsonGenerator json = f.json();
        String categorySystem = o.category().equals("sdoh") ? US_CORE_CATEGORY : CodeSystems.OBSERVATION_CATEGORY;
        f.begin("Observation", o.id()).profile(o.profile()).string("status", o.status())
                .codeableConceptArray("category", new Coding(categorySystem, o.category(), null))
                .codeableConcept("code", o.code()).reference("subject", "Patient", patientId)
                .reference("encounter", "Encounter", o.encounterId())
                .string("effectiveDateTime", FhirJson.instant(o.effective()))
                .string("issued", FhirJson.instant(o.effective()));
        if (o.valueNumber() != null) {
            f.quantity("valueQuantity", o.valueNumber(), o.valueUnit());
        } else if (o.valueCode() != null) {
            f.codeableConcept("valueCodeableConcept", o.valueCode());
        }
        if (!o.components().isEmpty()) {
            json.writeArrayFieldStart("component");
            for (ObservationRecord.Component c : o.components()) {
                json.writeStartObject();
                f.codeableConcept("code", c.code()).quantity("valueQuantity", c.value(), c.unit());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        f.end();
    }

    static void procedure(FhirJson f, String patientId, ProcedureRecord p) throws IOException {
        f.begin("Procedure", p.id()).string("status", p.status()).codeableConcept("code", p.code())
                .reference("subject", "Patient", patientId).reference("encounter", "Encounter", p.encounterId())
                .period("performedPeriod", p.start(), p.end());
        f.end();
    }

    static void immunization(FhirJson f, String patientId, ImmunizationRecord i) throws IOException {
        f.begin("Immunization", i.id()).string("status", i.status()).codeableConcept("vaccineCode", i.vaccine())
                .reference("patient", "Patient", patientId).reference("encounter", "Encounter", i.encounterId())
                .string("occurrenceDateTime", FhirJson.instant(i.occurrence()));
        f.json().writeBooleanField("primarySource", true);
        f.end();
    }

    static void medicationRequest(FhirJson f, String patientId, MedicationRecord m) throws IOException {
        JsonGenerator json = f.json();
        f.begin("MedicationRequest", m.id()).string("status", m.status()).string("intent", "order")
                .codeableConcept("medicationCodeableConcept", m.medication())
                .reference("subject", "Patient", patientId).reference("encounter", "Encounter", m.encounterId())
                .string("authoredOn", FhirJson.instant(m.authored()));
        json.writeArrayFieldStart("dosageInstruction");
        json.writeStartObject();
        json.writeObjectFieldStart("timing");
        json.writeObjectFieldStart("repeat");
        f.datePeriod("boundsPeriod", m.start(), m.end());
        json.writeNumberField("frequency", 1);
        json.writeNumberField("period", 1);
        json.writeStringField("periodUnit", "d");
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("dispenseRequest");
        json.writeNumberField("numberOfRepeatsAllowed", m.refills());
        json.writeObjectFieldStart("expectedSupplyDuration");
        json.writeNumberField("value", m.daysSupply());
        json.writeStringField("unit", "days");
        json.writeStringField("system", "http://unitsofmeasure.org");
        json.writeStringField("code", "d");
        json.writeEndObject();
        json.writeEndObject();
        f.end();
    }

    static void request(FhirJson f, String patientId, CareRequestRecord r) throws IOException {
        boolean device = r.kind().equals("device");
        f.begin(device ? "DeviceRequest" : "ServiceRequest", r.id()).string("status", r.status()).string("intent", "order")
                .codeableConcept(device ? "codeCodeableConcept" : "code", r.code())
                .reference("subject", "Patient", patientId).reference("encounter", "Encounter", r.encounterId())
                .string("authoredOn", FhirJson.instant(r.authored()));
        f.end();
    }

    static void coverage(FhirJson f, String patientId, CoverageRecord c) throws IOException {
        JsonGenerator json = f.json();
        f.begin("Coverage", c.id()).string("status", "active").codeableConcept("type", c.payer().sourceOfPayment())
                .reference("beneficiary", "Patient", patientId);
        json.writeArrayFieldStart("payor");
        json.writeStartObject();
        json.writeStringField("display", c.payer().label());
        json.writeEndObject();
        json.writeEndArray();
        f.datePeriod("period", c.start(), c.end());
        f.end();
    }

    /** One survey (consecutive answers of the same day) as a QuestionnaireResponse. */
    static void survey(FhirJson f, String patientId, List<SurveyAnswerRecord> answers) throws IOException {
        JsonGenerator json = f.json();
        SurveyAnswerRecord first = answers.get(0);
        f.begin("QuestionnaireResponse", first.id()).string("language", first.language())
                .string("questionnaire", "urn:stratum:questionnaire:cg-cahps-adult-4.0").string("status", "completed")
                .reference("subject", "Patient", patientId).reference("encounter", "Encounter", first.encounterId())
                .string("authored", first.answeredOn().toString()).reference("author", "Patient", patientId);
        json.writeArrayFieldStart("item");
        for (SurveyAnswerRecord a : answers) {
            json.writeStartObject();
            json.writeStringField("linkId", a.item());
            json.writeArrayFieldStart("answer");
            json.writeStartObject();
            json.writeNumberField("valueInteger", a.value());
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        f.end();
    }
}
