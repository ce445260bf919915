-- A medication record whose code is nowhere: neither its own nor the Medication it refers to.
INSERT INTO fhir_reject (file_index, line, entry, resource, field, reason)
SELECT DISTINCT m.file_index, m.line, m.entry, m.medication_id, 'medication[x]',
       CASE WHEN m.medication_ref IS NULL THEN 'no medication code'
            ELSE 'refers to Medication/' || m.medication_ref || ', which is not in this import' END
FROM fhir_medication_row m
WHERE m.code IS NULL AND NOT EXISTS (SELECT 1 FROM fhir_medication_code c WHERE c.id = m.medication_ref)
