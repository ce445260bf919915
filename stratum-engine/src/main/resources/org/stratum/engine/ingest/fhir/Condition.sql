-- Condition: one row per coding of Condition.code; the body site is the first coding of the first
-- Condition.bodySite (e.g. the laterality qualifier of a unilateral mastectomy).
INSERT INTO condition (condition_id, patient_id, source, encounter_id, category, clinical_status,
                       verification_status, system, code, display, onset_time, abatement_time, recorded_time,
                       body_site_system, body_site_code)
SELECT fhir_scope(f.ctx, f.id), fhir_patient(f.ctx, f.r.subject.reference), ?, fhir_scoped_ref(f.ctx, f.r.encounter.reference, 'Encounter'),
       fhir_category(f.r.category, ['http://terminology.hl7.org/CodeSystem/condition-category',
           'http://hl7.org/fhir/us/core/CodeSystem/condition-category']), f.r.clinicalStatus.coding[1].code, f.r.verificationStatus.coding[1].code,
       f.c.system, f.c.code, f.c.display,
       fhir_time(coalesce(f.r.onsetDateTime, f.r.onsetPeriod."start")),
       fhir_time(coalesce(f.r.abatementDateTime, f.r.abatementPeriod."end")),
       fhir_time(f.r.recordedDate),
       f.r.bodySite[1].coding[1].system, f.r.bodySite[1].coding[1].code
FROM (SELECT f.*, unnest(f.r.code.coding) AS c FROM fhir_ok f) AS f
WHERE f.c.code IS NOT NULL
