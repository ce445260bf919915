-- Observation components (the systolic and diastolic parts of a blood-pressure panel…).
INSERT INTO observation (observation_id, patient_id, source, encounter_id, panel_id, status, category, system, code,
                         display, value_num, value_unit, value_system, value_code, value_text, effective_start,
                         effective_end, issued, not_done_reason)
SELECT fhir_scope(f.ctx, f.id) || '.' || f.i, fhir_patient(f.ctx, f.r.subject.reference), ?, fhir_scoped_ref(f.ctx, f.r.encounter.reference, 'Encounter'),
       fhir_scope(f.ctx, f.id), f.r.status, fhir_category(f.r.category, ['http://terminology.hl7.org/CodeSystem/observation-category']), f.c.system, f.c.code, f.c.display,
       coalesce(f.part.valueQuantity."value", f.part.valueInteger),
       coalesce(f.part.valueQuantity.code, f.part.valueQuantity.unit),
       f.v.system, f.v.code, coalesce(f.v.display, f.part.valueString),
       fhir_time(coalesce(f.r.effectiveDateTime, f.r.effectiveInstant, f.r.effectivePeriod."start")),
       fhir_time(f.r.effectivePeriod."end"),
       fhir_time(f.r.issued),
       NULL
FROM (SELECT g.*, unnest(fhir_concept_codings(g.part.valueCodeableConcept)) AS v
      FROM (SELECT k.*, unnest(k.part.code.coding) AS c
            FROM (SELECT f.*, unnest(f.r.component) AS part, generate_subscripts(f.r.component, 1) AS i
                  FROM fhir_ok f WHERE len(f.r.component) > 0) AS k) AS g) AS f
WHERE f.c.code IS NOT NULL
