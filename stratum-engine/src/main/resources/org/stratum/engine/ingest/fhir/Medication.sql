-- Medication resources only lend their codes to requests, administrations and dispenses that refer to them.
INSERT INTO fhir_medication_code (id, system, code, display)
SELECT fhir_scope(f.ctx, f.id), f.c.system, f.c.code, f.c.display
FROM (SELECT f.*, unnest(f.r.code.coding) AS c FROM fhir_ok f) AS f
WHERE f.c.code IS NOT NULL
