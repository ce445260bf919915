-- MedicationRequest: one row per medication coding, from the CodeableConcept or the Medication referred to.
INSERT INTO fhir_medication_row (file_index, line, entry, medication_id, patient_id, encounter_id, kind, status, intent, do_not_perform,
                                 code_system, code, display, medication_ref, authored_time, start_time, end_time,
                                 bounds_start, days_supply, refills, reason_system, reason_code, status_reason_system,
                                 status_reason_code)
SELECT f.file_index, f.line, f.entry, fhir_scope(f.ctx, f.id), fhir_patient(f.ctx, f.r.subject.reference), fhir_scoped_ref(f.ctx, f.r.encounter.reference, 'Encounter'), 'request',
       f.r.status, f.r.intent, coalesce(f.r.doNotPerform, false),
       f.c.system, f.c.code, f.c.display, fhir_scoped_ref(f.ctx, f.r.medicationReference.reference, 'Medication'),
       fhir_time(f.r.authoredOn),
       fhir_time(coalesce(f.r.dosageInstruction[1].timing."repeat".boundsPeriod."start", f.r.authoredOn,
                          f.r.dispenseRequest.validityPeriod."start")),
       fhir_time(f.r.dosageInstruction[1].timing."repeat".boundsPeriod."end"),
       fhir_time(f.r.dosageInstruction[1].timing."repeat".boundsPeriod."start"),
       CAST(f.r.dispenseRequest.expectedSupplyDuration."value" AS INTEGER),
       CAST(f.r.dispenseRequest.numberOfRepeatsAllowed AS INTEGER),
       f.r.reasonCode[1].coding[1].system, f.r.reasonCode[1].coding[1].code,
       coalesce(f.r.statusReason.coding[1].system,
                fhir_qicore_ext(f.r.extension, 'qicore-notDoneReason').valueCodeableConcept.coding[1].system),
       coalesce(f.r.statusReason.coding[1].code,
                fhir_qicore_ext(f.r.extension, 'qicore-notDoneReason').valueCodeableConcept.coding[1].code)
FROM (SELECT f.*, unnest(fhir_concept_codings(f.r.medicationCodeableConcept)) AS c FROM fhir_ok f) AS f
