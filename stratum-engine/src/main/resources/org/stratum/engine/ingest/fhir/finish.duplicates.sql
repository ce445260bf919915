-- An import that stops at its first reject finds repeated ids here, once, after everything else,
-- instead of chunk by chunk (classify.duplicates.sql). Every copy after the first is rejected as a
-- duplicate and for nothing else, as the chunk-by-chunk check would have rejected it; its rows were
-- loaded, but any reject rolls the whole import back.
CREATE OR REPLACE TEMP TABLE fhir_late_copy AS
SELECT * FROM (
    SELECT s.*, first_value(s.file_index) OVER w AS first_file, first_value(s.line) OVER w AS first_line,
           first_value(s.entry) OVER w AS first_entry, row_number() OVER w AS copy
    FROM fhir_seen s
    WHERE s.h IN (SELECT h FROM fhir_seen GROUP BY h HAVING count(*) > 1)
    WINDOW w AS (PARTITION BY s.resource_type, s.id ORDER BY s.file_index, s.line, s.entry))
WHERE copy > 1;

DELETE FROM fhir_reject x
WHERE EXISTS (SELECT 1 FROM fhir_late_copy c WHERE c.file_index = x.file_index AND c.line = x.line AND c.entry = x.entry);

-- fhir_seen holds ids as scoped ("patient/id" in test-case folders); a FHIR id has no "/".
INSERT INTO fhir_reject
SELECT file_index, line, entry, resource_type || '/' || string_split(id, '/')[-1], 'id',
       'duplicate id: the same resource is also at {file:' || first_file || '} line ' || first_line
           || CASE WHEN first_entry >= 0 THEN ' entry ' || first_entry ELSE '' END
FROM fhir_late_copy;

