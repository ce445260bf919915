-- Practitioner: a clinician; the languages they speak from Practitioner.communication.
INSERT INTO clinician (clinician_id, source, name, site_id, role, languages)
SELECT fhir_scope(f.ctx, f.id), ?,
       coalesce(f.r.name[1].text, trim(coalesce(array_to_string(f.r.name[1].given, ' '), '') || ' '
           || coalesce(f.r.name[1].family, '')), f.id),
       NULL, NULL,
       nullif(array_to_string(list_transform(f.r.communication, c -> c.coding[1].code), ';'), '')
FROM fhir_ok f
