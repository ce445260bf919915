-- Survey answers take the site and clinician of the encounter they are about.
UPDATE survey_response SET site_id = e.site_id, clinician_id = e.clinician_id
FROM (SELECT encounter_id, any_value(site_id) AS site_id, any_value(clinician_id) AS clinician_id
      FROM encounter GROUP BY encounter_id) e
WHERE survey_response.encounter_id = e.encounter_id AND survey_response.source = ? AND survey_response.site_id IS NULL
