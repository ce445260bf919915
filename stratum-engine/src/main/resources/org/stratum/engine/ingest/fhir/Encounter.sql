-- Encounter: one row per coding of Encounter.type.
INSERT INTO encounter (encounter_id, patient_id, source, status, class_code, system, code, display, start_time,
                       end_time, site_id, clinician_id, discharge_disposition)
SELECT fhir_scope(f.ctx, f.id), fhir_patient(f.ctx, f.r.subject.reference), ?, f.r.status, f.r."class".code,
       f.t.system, f.t.code, f.t.display,
       fhir_time(f.r.period."start"), fhir_time(f.r.period."end"),
       fhir_scoped_ref(f.ctx, f.r.serviceProvider.reference, 'Organization'),
       fhir_scoped_ref(f.ctx, list_filter(f.r.participant, p -> fhir_ref(p.individual.reference, 'Practitioner') IS NOT NULL)[1]
           .individual.reference, 'Practitioner'),
       f.r.hospitalization.dischargeDisposition.coding[1].code
FROM (SELECT f.*, unnest(fhir_codings(f.r."type")) AS t FROM fhir_ok f) AS f
