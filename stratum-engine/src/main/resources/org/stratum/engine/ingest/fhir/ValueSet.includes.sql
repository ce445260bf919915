-- ValueSets that include other value sets wait until the whole import is read.
INSERT INTO fhir_valueset_include (oid, name, version, included_oid)
SELECT coalesce(nullif(regexp_extract(f.r.url, '/([0-9.]+)$', 1), ''), f.id), coalesce(f.r.title, f.r.name), f.r.version,
       coalesce(nullif(regexp_extract(f.i, '/([0-9.]+)$', 1), ''), f.i)
FROM (SELECT g.*, unnest(coalesce(g.include.valueSet, [])) AS i
      FROM (SELECT f.*, unnest(f.r.compose.include) AS include FROM fhir_ok f) AS g) AS f
WHERE coalesce(len(f.r.expansion.contains), 0) = 0
