-- A value set without an expansion that includes other value sets holds their codes.
INSERT INTO valueset_code (oid, source, name, version, system, code, display)
SELECT DISTINCT i.oid, ?, i.name, i.version, v.system, v.code, v.display
FROM fhir_valueset_include i JOIN valueset_code v ON v.oid = i.included_oid
WHERE NOT EXISTS (SELECT 1 FROM valueset_code x WHERE x.oid = i.oid AND x.system = v.system AND x.code = v.code)
