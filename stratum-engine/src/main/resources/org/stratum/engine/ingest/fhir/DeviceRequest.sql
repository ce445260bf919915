-- DeviceRequest: one row per coding; "do not perform" is a modifier extension on DeviceRequest in R4.
INSERT INTO care_request (request_id, patient_id, source, encounter_id, kind, status, intent, do_not_perform, system,
                          code, display, authored_time, reason_system, reason_code, status_reason_system,
                          status_reason_code)
SELECT fhir_scope(f.ctx, f.id), fhir_patient(f.ctx, f.r.subject.reference), ?, fhir_scoped_ref(f.ctx, f.r.encounter.reference, 'Encounter'), 'device',
       f.r.status, f.r.intent,
       coalesce(list_filter(f.r.modifierExtension,
           e -> e.url IN ('http://hl7.org/fhir/StructureDefinition/request-doNotPerform',
                         'http://hl7.org/fhir/us/qicore/StructureDefinition/qicore-doNotPerform'))[1].valueBoolean, false),
       f.c.system, f.c.code, f.c.display,
       fhir_time(f.r.authoredOn), f.r.reasonCode[1].coding[1].system, f.r.reasonCode[1].coding[1].code,
       fhir_qicore_ext(f.r.extension, 'qicore-doNotPerformReason').valueCodeableConcept.coding[1].system,
       fhir_qicore_ext(f.r.extension, 'qicore-doNotPerformReason').valueCodeableConcept.coding[1].code
FROM (SELECT f.*, unnest(f.r.codeCodeableConcept.coding) AS c FROM fhir_ok f) AS f
WHERE f.c.code IS NOT NULL
