-- The gap finder's per-patient dimensions for one period, as text: what a gap can be filtered by or
-- compared across, one row per patient with a measure result in the period. PatientDimensions fills
-- gap_period (the period), gap_real (REAL strata from RealTabulation) and gap_optional_code (the
-- optional dimensions' answer codes) first, defines age_in_years, and afterwards codes the columns as
-- small integers in gap_patient.
-- A missing value is a stratum of its own ('unknown', 'not-screened'), never dropped.

CREATE OR REPLACE TEMP TABLE gap_patient_value AS
WITH screening AS (
    -- The AHC Health-Related Social Needs screening items (CMS Accountable Health Communities model):
    -- food insecurity (LOINC 88122-7), housing status (71802-3), transportation (93030-5). A need is
    -- "often true" or "sometimes true" about food, a worry about or lack of steady housing, or "yes"
    -- about transportation. Screening is done about yearly, so the latest screening in the
    -- period or the year before it counts.
    SELECT o.patient_id, CAST(o.effective_start AS DATE) AS screened_on,
           bool_or(o.value_code IN ('LA28397-0', 'LA6729-3', 'LA31994-9', 'LA31995-6', 'LA33-6')) AS need
    FROM observation o, gap_period g
    WHERE o.system = 'http://loinc.org' AND o.code IN ('88122-7', '71802-3', '93030-5')
      AND o.status IN ('final', 'amended', 'corrected')
      AND CAST(o.effective_start AS DATE) BETWEEN CAST(g.period_start - INTERVAL 1 YEAR AS DATE) AND g.period_end
    GROUP BY ALL
),
latest_screening AS (
    SELECT patient_id, arg_max(need, screened_on) AS need FROM screening GROUP BY patient_id
),
area_quintile AS (
    SELECT zip, max(deprivation_quintile) AS quintile FROM area GROUP BY zip
),
optional_answer AS (
    -- Answers to the optional questions, whatever their source, each read through gap_optional_code
    -- (sexual orientation LOINC 76690-7, gender identity 76691-5, the six disability questions 69856-3
    -- to 69861-3). Observations (a FHIR Observation, the self-identification kiosk) are dated; the
    -- patient row's sexual orientation and gender identity (US Core's Patient extension, a CSV column)
    -- are not, and count as the oldest answer. A declined answer is asked-declined or ASKU.
    SELECT o.patient_id, c.dimension, c.question, c.value,
           struct_pack(day := coalesce(CAST(coalesce(o.effective_start, o.issued) AS DATE), DATE '0001-01-01'),
                       at := coalesce(o.issued, o.effective_start, TIMESTAMP '0001-01-01'),
                       id := o.observation_id) AS asked
    FROM observation o
    JOIN gap_optional_code c ON c.question = o.code AND c.code = coalesce(o.value_code, o.not_done_reason, o.value_text)
    WHERE o.system = 'http://loinc.org' AND o.status IN ('final', 'amended', 'corrected')
      AND o.patient_id IN (SELECT patient_id FROM gap_population)
    UNION ALL
    SELECT p.patient_id, c.dimension, c.question, c.value,
           struct_pack(day := DATE '0001-01-01', at := TIMESTAMP '0001-01-01', id := '') AS asked
    FROM patient p JOIN gap_optional_code c ON c.dimension = 'sexual_orientation' AND c.code = p.sexual_orientation
    WHERE p.patient_id IN (SELECT patient_id FROM gap_population)
    UNION ALL
    SELECT p.patient_id, c.dimension, c.question, c.value,
           struct_pack(day := DATE '0001-01-01', at := TIMESTAMP '0001-01-01', id := '') AS asked
    FROM patient p JOIN gap_optional_code c ON c.dimension = 'gender_identity' AND c.code = p.gender_identity
    WHERE p.patient_id IN (SELECT patient_id FROM gap_population)
),
optional_value AS (
    -- The latest answer to each question counts (a later decline replaces an earlier answer). A
    -- disability is a yes to any of the six questions, no disability a no to every one answered
    -- (HHS 2011 data standard, as the ACS tabulates it); declines alone leave it declined.
    SELECT patient_id,
           any_value(value) FILTER (WHERE dimension = 'sexual_orientation') AS sexual_orientation,
           any_value(value) FILTER (WHERE dimension = 'gender_identity') AS gender_identity,
           CASE WHEN bool_or(value = 'yes') FILTER (WHERE dimension = 'disability') THEN 'yes'
                WHEN bool_and(value = 'no') FILTER (WHERE dimension = 'disability') THEN 'no'
                WHEN count(*) FILTER (WHERE dimension = 'disability') > 0 THEN 'declined' END AS disability
    FROM (SELECT patient_id, dimension, question, arg_max(value, asked) AS value FROM optional_answer GROUP BY ALL)
    GROUP BY patient_id
)
SELECT r.patient_id,
       r.race_2024,
       r.race_1997,
       coalesce(p.preferred_language, 'unknown') AS language,
       CASE WHEN p.interpreter_needed IN ('yes', 'no') THEN p.interpreter_needed ELSE 'unknown' END AS interpreter,
       coalesce(p.sex, 'unknown') AS sex,
       -- AHRQ's disparities report compares adults 18-44, 45-64 and 65 and over; 75 splits Medicare age.
       CASE WHEN p.birth_date IS NULL THEN 'unknown'
            WHEN age_in_years(p.birth_date, g.period_end) < 18 THEN '0-17'
            WHEN age_in_years(p.birth_date, g.period_end) < 45 THEN '18-44'
            WHEN age_in_years(p.birth_date, g.period_end) < 65 THEN '45-64'
            WHEN age_in_years(p.birth_date, g.period_end) < 75 THEN '65-74'
            ELSE '75+' END AS age_band,
       coalesce(CAST(q.quintile AS VARCHAR), 'unknown') AS deprivation_quintile,
       CASE WHEN s.need IS NULL THEN 'not-screened' WHEN s.need THEN 'need' ELSE 'no-need' END AS social_needs,
       coalesce(o.sexual_orientation, 'unknown') AS sexual_orientation,
       coalesce(o.gender_identity, 'unknown') AS gender_identity,
       coalesce(o.disability, 'unknown') AS disability
FROM gap_real r
CROSS JOIN gap_period g
LEFT JOIN patient p USING (patient_id)
LEFT JOIN area_quintile q ON q.zip = p.zip
LEFT JOIN latest_screening s USING (patient_id)
LEFT JOIN optional_value o USING (patient_id);
