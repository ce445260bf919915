-- After classify.sql (and classify.duplicates.sql): what passed goes on to loading.
-- Rejects are rare: mark them once, so that what follows reads the flag instead of looking them up.
UPDATE fhir_key k SET ok = false
WHERE EXISTS (SELECT 1 FROM fhir_reject x WHERE x.file_index = k.file_index AND x.line = k.line AND x.entry = k.entry);

INSERT INTO fhir_seen
SELECT resource_type, fhir_scope(ctx, id), file_index, line, entry, hash(resource_type, fhir_scope(ctx, id)) FROM fhir_key
WHERE ok AND resource_type IN (SELECT resource_type FROM fhir_loaded_type);

CREATE OR REPLACE TEMP VIEW fhir_chunk AS
SELECT s.file_index, s.line, s.entry, s.ctx, k.resource_type, k.id, s.json
FROM fhir_staging s
JOIN fhir_key k ON k.file_index = s.file_index AND k.line = s.line AND k.entry = s.entry
WHERE k.ok;
