-- ValueSet: its expansion (three levels of nesting), or the concepts its compose lists when it has
-- no expansion. The OID is the last segment of the canonical URL (VSAC writes
-- http://cts.nlm.nih.gov/fhir/ValueSet/<OID>), else the resource id.
INSERT INTO valueset_code (oid, source, name, version, system, code, display)
SELECT v.oid, ?, v.name, v.version, v.c.system, v.c.code, v.c.display
FROM (SELECT v.*, unnest(v.codes) AS c FROM (SELECT f.*, coalesce(nullif(regexp_extract(f.r.url, '/([0-9.]+)$', 1), ''), f.id) AS oid,
             coalesce(f.r.title, f.r.name) AS name, f.r.version AS version,
             CASE WHEN coalesce(len(f.r.expansion.contains), 0) > 0 THEN
                      list_concat(
                          list_transform(f.r.expansion.contains, c -> {'system': c.system, 'code': c.code, 'display': c.display}),
                          flatten(list_transform(f.r.expansion.contains, c -> list_transform(coalesce(c.contains, []),
                              d -> {'system': d.system, 'code': d.code, 'display': d.display}))),
                          flatten(flatten(list_transform(f.r.expansion.contains, c -> list_transform(coalesce(c.contains, []),
                              d -> list_transform(coalesce(d.contains, []),
                                  e -> {'system': e.system, 'code': e.code, 'display': e.display}))))))
                  ELSE flatten(list_transform(f.r.compose.include, i -> list_transform(coalesce(i.concept, []),
                      k -> {'system': i.system, 'code': k.code, 'display': k.display})))
             END AS codes
      FROM fhir_ok f) AS v) AS v
WHERE v.c.code IS NOT NULL AND v.c.system IS NOT NULL
