-- Immunization: one row per coding of Immunization.vaccineCode.
INSERT INTO immunization (immunization_id, patient_id, source, encounter_id, status, system, code, display,
                          occurrence_time, status_reason_system, status_reason_code)
SELECT fhir_scope(f.ctx, f.id), fhir_patient(f.ctx, f.r.patient.reference), ?, fhir_scoped_ref(f.ctx, f.r.encounter.reference, 'Encounter'), f.r.status,
       f.c.system, f.c.code, f.c.display, fhir_time(f.r.occurrenceDateTime),
       f.r.statusReason.coding[1].system, f.r.statusReason.coding[1].code
FROM (SELECT f.*, unnest(f.r.vaccineCode.coding) AS c FROM fhir_ok f) AS f
WHERE f.c.code IS NOT NULL
