-- Sort the staged chunk: text that is not a JSON object, a resource without a known type, and a
-- resource of a type Stratum loads without a valid id or seen before in this import are rejected;
-- the rest goes on to loading (types Stratum does not load, such as a bulk export's Parameters,
-- are only counted as skipped, whatever their id).
-- Each line is parsed once for its type and id (a multi-path extract); only a line where that fails
-- or finds no resourceType is parsed again, to tell text that is not JSON from JSON that is not an
-- object. The checks below read these keys alone; the JSON text stays in fhir_staging, which
-- fhir_chunk joins back for the resources that passed.
CREATE OR REPLACE TEMP TABLE fhir_key AS
SELECT file_index, line, entry, ctx,
       CASE WHEN k[1] IS NOT NULL THEN 'OBJECT' WHEN json_valid(json) THEN json_type(json) END AS shape,
       k[1] AS resource_type, k[2] AS id, true AS ok
FROM (SELECT file_index, line, entry, ctx, json, try(json_extract_string(json, ['$.resourceType', '$.id'])) AS k
      FROM fhir_staging);

INSERT INTO fhir_reject
SELECT file_index, line, entry, NULL, NULL,
       CASE WHEN shape IS NULL THEN 'not valid JSON' ELSE 'not a JSON object (a FHIR resource)' END
FROM fhir_key
WHERE shape IS DISTINCT FROM 'OBJECT';

INSERT INTO fhir_reject
SELECT file_index, line, entry, coalesce(resource_type || '/' || id, id), 'resourceType',
       CASE WHEN resource_type IS NULL THEN 'no resourceType'
            ELSE '''' || resource_type || ''' is not a FHIR R4 resource type' END
FROM fhir_key
WHERE shape = 'OBJECT' AND (resource_type IS NULL OR resource_type NOT IN (SELECT resource_type FROM fhir_r4_type));

-- A type Stratum loads is a FHIR R4 type, so these resources have passed the checks above.
INSERT INTO fhir_reject
SELECT file_index, line, entry, resource_type || '/' || coalesce(id, ''), 'id',
       CASE WHEN id IS NULL THEN 'no id' ELSE '''' || id || ''' is not a valid FHIR id' END
FROM fhir_key
WHERE shape = 'OBJECT' AND resource_type IN (SELECT resource_type FROM fhir_loaded_type)
  AND (id IS NULL OR NOT regexp_full_match(id, '[A-Za-z0-9.-]{1,64}'));

-- Duplicates: an id seen earlier in this import (an earlier chunk, or earlier in this one).
INSERT INTO fhir_reject
SELECT d.file_index, d.line, d.entry, d.resource_type || '/' || d.id, 'id',
       'duplicate id: the same resource is also at {file:' || d.first_file || '} line ' || d.first_line
           || CASE WHEN d.first_entry >= 0 THEN ' entry ' || d.first_entry ELSE '' END
FROM (SELECT c.*,
             coalesce(s.file_index, first_value(c.file_index) OVER w) AS first_file,
             coalesce(s.line, first_value(c.line) OVER w) AS first_line,
             coalesce(s.entry, first_value(c.entry) OVER w) AS first_entry,
             s.id IS NOT NULL OR row_number() OVER w > 1 AS duplicate
      FROM fhir_key c
      LEFT JOIN fhir_seen s ON s.resource_type = c.resource_type AND s.id = fhir_scope(c.ctx, c.id)
      WHERE c.shape = 'OBJECT' AND c.resource_type IN (SELECT resource_type FROM fhir_loaded_type)
        AND regexp_full_match(c.id, '[A-Za-z0-9.-]{1,64}')
      WINDOW w AS (PARTITION BY c.resource_type, fhir_scope(c.ctx, c.id) ORDER BY c.file_index, c.line, c.entry)) d
WHERE d.duplicate;

-- Rejects are rare: mark them once, so that what follows reads the flag instead of looking them up.
UPDATE fhir_key k SET ok = false
WHERE EXISTS (SELECT 1 FROM fhir_reject x WHERE x.file_index = k.file_index AND x.line = k.line AND x.entry = k.entry);

INSERT INTO fhir_seen
SELECT resource_type, fhir_scope(ctx, id), file_index, line, entry FROM fhir_key
WHERE ok AND resource_type IN (SELECT resource_type FROM fhir_loaded_type);

CREATE OR REPLACE TEMP VIEW fhir_chunk AS
SELECT s.file_index, s.line, s.entry, s.ctx, k.resource_type, k.id, s.json
FROM fhir_staging s
JOIN fhir_key k ON k.file_index = s.file_index AND k.line = s.line AND k.entry = s.entry
WHERE k.ok;
