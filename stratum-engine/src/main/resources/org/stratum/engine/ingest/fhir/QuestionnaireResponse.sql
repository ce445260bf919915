-- QuestionnaireResponse: one survey_response row per answered item, keyed by (response id, item) (top level and one level of
-- groups), e.g. patient-experience surveys. Site and clinician come from the encounter afterwards.
INSERT INTO survey_response (response_id, patient_id, source, encounter_id, site_id, clinician_id, instrument, item,
                             answer_value, answer_max, answer_text, answered_on, language, mode)
SELECT fhir_scope(f.ctx, f.id), fhir_patient(f.ctx, f.r.subject.reference), ?,
       fhir_scoped_ref(f.ctx, f.r.encounter.reference, 'Encounter'), NULL, NULL,
       coalesce(f.r.questionnaire, 'unknown'), f.item.linkId,
       coalesce(f.item.answer[1].valueInteger, TRY_CAST(f.item.answer[1].valueCoding.code AS INTEGER),
                CAST(f.item.answer[1].valueBoolean AS INTEGER), CAST(f.item.answer[1].valueDecimal AS INTEGER)),
       NULL,
       coalesce(f.item.answer[1].valueString, f.item.answer[1].valueCoding.display, f.item.answer[1].valueCoding.code),
       fhir_date(f.r.authored), f.r."language", NULL
FROM (SELECT f.*, unnest(list_concat(
                 list_transform(f.r.item, i -> {'linkId': i.linkId, 'answer': i.answer}),
                 flatten(list_transform(f.r.item, i -> coalesce(i.item, []))))) AS item
      FROM fhir_ok f) AS f
WHERE len(f.item.answer) > 0
