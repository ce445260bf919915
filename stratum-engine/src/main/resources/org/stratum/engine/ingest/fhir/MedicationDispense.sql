-- MedicationDispense: one row per medication coding; handed over, for so many days.
INSERT INTO fhir_medication_row (file_index, line, entry, medication_id, patient_id, encounter_id, kind, status, intent, do_not_perform,
                                 code_system, code, display, medication_ref, authored_time, start_time, end_time,
                                 days_supply, refills, reason_system, reason_code, status_reason_system,
                                 status_reason_code)
SELECT f.file_index, f.line, f.entry, fhir_scope(f.ctx, f.id), fhir_patient(f.ctx, f.r.subject.reference), fhir_scoped_ref(f.ctx, f.r.context.reference, 'Encounter'), 'dispense',
       f.r.status, NULL, false,
       f.c.system, f.c.code, f.c.display, fhir_scoped_ref(f.ctx, f.r.medicationReference.reference, 'Medication'),
       NULL,
       fhir_time(f.r.whenHandedOver),
       fhir_time(f.r.whenHandedOver) + to_days(CAST(coalesce(f.r.daysSupply."value", 0) AS INTEGER)),
       CAST(f.r.daysSupply."value" AS INTEGER), NULL,
       NULL, NULL, NULL, NULL
FROM (SELECT f.*, unnest(fhir_concept_codings(f.r.medicationCodeableConcept)) AS c FROM fhir_ok f) AS f
