-- AdverseEvent: one row per coding of AdverseEvent.event (what happened, e.g. a reaction to a drug).
INSERT INTO adverse_event (adverse_event_id, patient_id, source, encounter_id, actuality, system, code, display,
                           event_time, recorded_time)
SELECT fhir_scope(f.ctx, f.id), fhir_patient(f.ctx, f.r.subject.reference), ?,
       fhir_scoped_ref(f.ctx, f.r.encounter.reference, 'Encounter'), f.r.actuality,
       f.c.system, f.c.code, f.c.display,
       fhir_time(f.r.date), fhir_time(f.r.recordedDate)
FROM (SELECT f.*, unnest(f.r.event.coding) AS c FROM fhir_ok f) AS f
WHERE f.c.code IS NOT NULL
