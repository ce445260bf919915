-- PractitionerRole: where a clinician works; applied to the clinicians once the whole import is read.
INSERT INTO fhir_practitioner_role (practitioner_id, organization_id, role)
SELECT fhir_scoped_ref(f.ctx, f.r.practitioner.reference, 'Practitioner'), fhir_scoped_ref(f.ctx, f.r.organization.reference, 'Organization'),
       coalesce(f.r.code[1].coding[1].display, f.r.code[1].text)
FROM fhir_ok f
WHERE f.r.practitioner.reference IS NOT NULL
