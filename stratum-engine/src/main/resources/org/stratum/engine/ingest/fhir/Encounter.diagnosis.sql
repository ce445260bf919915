-- Encounter diagnoses: one row per Encounter.diagnosis that references a Condition.
INSERT INTO encounter_diagnosis (encounter_id, patient_id, source, condition_id, use_code, rank)
SELECT fhir_scope(f.ctx, f.id), fhir_patient(f.ctx, f.r.subject.reference), ?,
       fhir_scoped_ref(f.ctx, f.d.condition.reference, 'Condition'),
       f.d.use.coding[1].code, f.d.rank
FROM (SELECT f.*, unnest(f.r.diagnosis) AS d FROM fhir_ok f) AS f
WHERE fhir_ref(f.d.condition.reference, 'Condition') IS NOT NULL
