-- Sort the staged chunk: text that is not a JSON object, a resource without a known type, and a
-- resource of a type Stratum loads without a valid id are rejected; duplicates are found by
-- classify.duplicates.sql or finish.duplicates.sql. classify.passed.sql sends the rest on to
-- loading (types Stratum does not load, such as a bulk export's Parameters, are only counted as
-- skipped, whatever their id).
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
