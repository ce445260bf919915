-- Organization: a care site.
INSERT INTO care_site (site_id, source, name, city, zip, interpreter_services)
SELECT fhir_scope(f.ctx, f.id), ?, coalesce(f.r.name, f.id), f.r.address[1].city, f.r.address[1].postalCode, NULL
FROM fhir_ok f
