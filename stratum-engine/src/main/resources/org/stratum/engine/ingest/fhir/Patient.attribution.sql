-- Patient: the assigned primary-care clinician and organisation, when the record names them.
INSERT INTO attribution (patient_id, source, site_id, clinician_id, start_date, end_date)
SELECT fhir_scope(f.ctx, f.id), ?, fhir_scoped_ref(f.ctx, f.r.managingOrganization.reference, 'Organization'),
       fhir_scoped_ref(f.ctx, f.r.generalPractitioner[1].reference, 'Practitioner'), NULL, NULL
FROM fhir_ok f
WHERE f.r.managingOrganization.reference IS NOT NULL OR len(f.r.generalPractitioner) > 0
