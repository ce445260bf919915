-- Procedure: one row per coding of Procedure.code; "not done" keeps its status and reason; the first
-- reason coding (Procedure.reasonCode) says why it was done.
INSERT INTO procedure (procedure_id, patient_id, source, encounter_id, status, system, code, display, performed_start,
                       performed_end, status_reason_system, status_reason_code, recorded_time, reason_system,
                       reason_code)
SELECT fhir_scope(f.ctx, f.id), fhir_patient(f.ctx, f.r.subject.reference), ?, fhir_scoped_ref(f.ctx, f.r.encounter.reference, 'Encounter'), f.r.status,
       f.c.system, f.c.code, f.c.display,
       fhir_time(coalesce(f.r.performedDateTime, f.r.performedPeriod."start")),
       fhir_time(coalesce(f.r.performedPeriod."end", f.r.performedDateTime)),
       f.r.statusReason.coding[1].system, f.r.statusReason.coding[1].code,
       fhir_time(fhir_qicore_ext(f.r.extension, 'qicore-recorded').valueDateTime),
       f.r.reasonCode[1].coding[1].system, f.r.reasonCode[1].coding[1].code
FROM (SELECT f.*, unnest(f.r.code.coding) AS c FROM fhir_ok f) AS f
WHERE f.c.code IS NOT NULL
