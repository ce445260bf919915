-- Duplicates in a chunk of an import that keeps what it can: an id seen earlier in this import (an
-- earlier chunk, or earlier in this one). An import that stops at its first reject looks for them
-- once, at the end, instead (finish.duplicates.sql; see FhirImportSession).
-- The candidates carry a hash of their type and scoped id, so that finding copies in earlier chunks
-- is a scan of one integer column of fhir_seen, and only the few that share a hash are compared in full.
CREATE OR REPLACE TEMP TABLE fhir_candidate AS
SELECT file_index, line, entry, resource_type, id, fhir_scope(ctx, id) AS scoped_id,
       hash(resource_type, fhir_scope(ctx, id)) AS h
FROM fhir_key
WHERE shape = 'OBJECT' AND resource_type IN (SELECT resource_type FROM fhir_loaded_type)
  AND regexp_full_match(id, '[A-Za-z0-9.-]{1,64}');

CREATE OR REPLACE TEMP TABLE fhir_seen_before AS
SELECT * FROM fhir_seen WHERE h IN (SELECT h FROM fhir_candidate);

INSERT INTO fhir_reject
SELECT d.file_index, d.line, d.entry, d.resource_type || '/' || d.id, 'id',
       'duplicate id: the same resource is also at {file:' || d.first_file || '} line ' || d.first_line
           || CASE WHEN d.first_entry >= 0 THEN ' entry ' || d.first_entry ELSE '' END
FROM (SELECT c.*,
             coalesce(s.file_index, first_value(c.file_index) OVER w) AS first_file,
             coalesce(s.line, first_value(c.line) OVER w) AS first_line,
             coalesce(s.entry, first_value(c.entry) OVER w) AS first_entry,
             s.id IS NOT NULL OR row_number() OVER w > 1 AS duplicate
      FROM (SELECT * FROM fhir_candidate
            WHERE h IN (SELECT h FROM fhir_seen_before)
               OR h IN (SELECT h FROM fhir_candidate GROUP BY h HAVING count(*) > 1)) c
      LEFT JOIN fhir_seen_before s ON s.h = c.h AND s.resource_type = c.resource_type AND s.id = c.scoped_id
      WINDOW w AS (PARTITION BY c.resource_type, c.scoped_id ORDER BY c.file_index, c.line, c.entry)) d
WHERE d.duplicate;
