-- Where clinicians work, from PractitionerRole.
UPDATE clinician SET site_id = r.organization_id, role = coalesce(r.role, clinician.role)
FROM fhir_practitioner_role r
WHERE clinician.clinician_id = r.practitioner_id AND clinician.source = ? AND r.organization_id IS NOT NULL
