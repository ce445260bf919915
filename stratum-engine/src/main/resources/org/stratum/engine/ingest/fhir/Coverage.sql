-- Coverage: one row per coding of Coverage.type. The payer type is read from Source of Payment
-- Typology codes (1 Medicare, 2 Medicaid = Medi-Cal, 5-6 private, 8 no payment / self-pay).
INSERT INTO coverage (coverage_id, patient_id, source, payer_type, system, code, display, payer_name, status,
                      start_date, end_date)
SELECT fhir_scope(f.ctx, f.id), fhir_patient(f.ctx, f.r.beneficiary.reference), ?,
       CASE WHEN f.t.system = 'https://nahdo.org/sopt' OR f.t.system LIKE '%.113883.3.221.5' THEN
                CASE left(f.t.code, 1) WHEN '1' THEN 'medicare' WHEN '2' THEN 'medi-cal' WHEN '5' THEN 'commercial'
                    WHEN '6' THEN 'commercial' WHEN '8' THEN 'uninsured' ELSE 'other' END
            ELSE 'unknown' END,
       f.t.system, f.t.code, f.t.display, f.r.payor[1].display, f.r.status,
       fhir_date(f.r.period."start"), fhir_date(f.r.period."end")
FROM (SELECT f.*, unnest(fhir_concept_codings(f.r."type")) AS t FROM fhir_ok f) AS f
