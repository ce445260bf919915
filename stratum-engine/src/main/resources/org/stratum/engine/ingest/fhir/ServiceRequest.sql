-- ServiceRequest: one row per coding of ServiceRequest.code; doNotPerform is kept.
INSERT INTO care_request (request_id, patient_id, source, encounter_id, kind, status, intent, do_not_perform, system,
                          code, display, authored_time, reason_system, reason_code, status_reason_system,
                          status_reason_code)
SELECT fhir_scope(f.ctx, f.id), fhir_patient(f.ctx, f.r.subject.reference), ?, fhir_scoped_ref(f.ctx, f.r.encounter.reference, 'Encounter'), 'service',
       f.r.status, f.r.intent, coalesce(f.r.doNotPerform, false), f.c.system, f.c.code, f.c.display,
       fhir_time(f.r.authoredOn), f.r.reasonCode[1].coding[1].system, f.r.reasonCode[1].coding[1].code,
       coalesce(fhir_qicore_ext(f.r.extension, 'qicore-doNotPerformReason'),
                fhir_qicore_ext(f.r.extension, 'qicore-reasonRefused')).valueCodeableConcept.coding[1].system,
       coalesce(fhir_qicore_ext(f.r.extension, 'qicore-doNotPerformReason'),
                fhir_qicore_ext(f.r.extension, 'qicore-reasonRefused')).valueCodeableConcept.coding[1].code
FROM (SELECT f.*, unnest(f.r.code.coding) AS c FROM fhir_ok f) AS f
WHERE f.c.code IS NOT NULL
