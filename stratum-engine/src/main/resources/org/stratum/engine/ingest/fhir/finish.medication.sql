-- Medication rows, with codes taken from the Medication resource a row refers to when it has none.
INSERT INTO medication (medication_id, patient_id, source, encounter_id, kind, status, intent, do_not_perform, system,
                        code, display, medication_ref, authored_time, start_time, end_time, bounds_start, days_supply, refills, reason_system,
                        reason_code, status_reason_system, status_reason_code)
SELECT m.medication_id, m.patient_id, ?, m.encounter_id, m.kind, m.status, m.intent, m.do_not_perform,
       coalesce(m.code_system, c.system), coalesce(m.code, c.code), coalesce(m.display, c.display),
       CASE WHEN m.code IS NULL THEN m.medication_ref END, m.authored_time, m.start_time, m.end_time, m.bounds_start, m.days_supply, m.refills, m.reason_system, m.reason_code,
       m.status_reason_system, m.status_reason_code
FROM fhir_medication_row m
LEFT JOIN fhir_medication_code c ON m.code IS NULL AND c.id = m.medication_ref
WHERE coalesce(m.code, c.code) IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM fhir_reject x
                  WHERE x.file_index = m.file_index AND x.line = m.line AND x.entry = m.entry)
