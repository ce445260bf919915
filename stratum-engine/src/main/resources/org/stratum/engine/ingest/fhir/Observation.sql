-- Observation: one row per coding of Observation.code (and of a coded value), then one row per
-- component coding pointing back at the panel.
INSERT INTO observation (observation_id, patient_id, source, encounter_id, panel_id, status, category, system, code,
                         display, value_num, value_unit, value_system, value_code, value_text, effective_start,
                         effective_end, issued, not_done_reason)
SELECT fhir_scope(f.ctx, f.id), fhir_patient(f.ctx, f.r.subject.reference), ?, fhir_scoped_ref(f.ctx, f.r.encounter.reference, 'Encounter'), NULL,
       f.r.status, fhir_category(f.r.category, ['http://terminology.hl7.org/CodeSystem/observation-category']), f.c.system, f.c.code, f.c.display,
       coalesce(f.r.valueQuantity."value", f.r.valueInteger),
       coalesce(f.r.valueQuantity.code, f.r.valueQuantity.unit),
       f.v.system, f.v.code,
       coalesce(f.v.display, f.r.valueString, CAST(f.r.valueBoolean AS VARCHAR)),
       fhir_time(coalesce(f.r.effectiveDateTime, f.r.effectiveInstant, f.r.effectivePeriod."start")),
       fhir_time(f.r.effectivePeriod."end"),
       fhir_time(f.r.issued),
       coalesce(f.r.dataAbsentReason.coding[1].code,
                list_filter(f.r.extension, e -> e.url LIKE '%notDoneReason')[1].valueCodeableConcept.coding[1].code)
FROM (SELECT g.*, unnest(fhir_concept_codings(g.r.valueCodeableConcept)) AS v
      FROM (SELECT f.*, unnest(f.r.code.coding) AS c FROM fhir_ok f) AS g) AS f
WHERE f.c.code IS NOT NULL
