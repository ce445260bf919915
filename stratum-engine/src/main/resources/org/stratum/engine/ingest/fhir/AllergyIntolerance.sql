-- AllergyIntolerance: one row per coding of AllergyIntolerance.code. The onset as an interval: a
-- dateTime starts and ends there; a period without an end has none (it goes on).
INSERT INTO allergy (allergy_id, patient_id, source, clinical_status, verification_status, system, code, display,
                     onset_time, onset_end, recorded_time)
SELECT fhir_scope(f.ctx, f.id), fhir_patient(f.ctx, f.r.patient.reference), ?, f.r.clinicalStatus.coding[1].code,
       f.r.verificationStatus.coding[1].code, f.c.system, f.c.code, f.c.display,
       fhir_time(coalesce(f.r.onsetDateTime, f.r.onsetPeriod."start")),
       fhir_time(coalesce(f.r.onsetPeriod."end", f.r.onsetDateTime)),
       fhir_time(f.r.recordedDate)
FROM (SELECT f.*, unnest(f.r.code.coding) AS c FROM fhir_ok f) AS f
WHERE f.c.code IS NOT NULL
