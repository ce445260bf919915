-- MedicationAdministration: one row per medication coding; the period it was given.
INSERT INTO fhir_medication_row (file_index, line, entry, medication_id, patient_id, encounter_id, kind, status, intent, do_not_perform,
                                 code_system, code, display, medication_ref, authored_time, start_time, end_time,
                                 days_supply, refills, reason_system, reason_code, status_reason_system,
                                 status_reason_code)
SELECT f.file_index, f.line, f.entry, fhir_scope(f.ctx, f.id), fhir_patient(f.ctx, f.r.subject.reference), fhir_scoped_ref(f.ctx, f.r.context.reference, 'Encounter'), 'administration',
       f.r.status, NULL, f.r.status = 'not-done',
       f.c.system, f.c.code, f.c.display, fhir_scoped_ref(f.ctx, f.r.medicationReference.reference, 'Medication'),
       NULL,
       fhir_time(coalesce(f.r.effectiveDateTime, f.r.effectivePeriod."start")),
       fhir_time(coalesce(f.r.effectivePeriod."end", f.r.effectiveDateTime)),
       NULL, NULL,
       f.r.reasonCode[1].coding[1].system, f.r.reasonCode[1].coding[1].code,
       f.r.statusReason[1].coding[1].system, f.r.statusReason[1].coding[1].code
FROM (SELECT f.*, unnest(fhir_concept_codings(f.r.medicationCodeableConcept)) AS c FROM fhir_ok f) AS f
