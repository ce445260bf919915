-- The gap finder's per-patient dimensions for one period, as text: what a gap can be filtered by or
-- compared across, one row per patient with a measure result in the period. PatientDimensions fills
-- gap_period (the period) and gap_real (REAL strata from RealTabulation) first, defines
-- age_in_years, and afterwards codes the columns as small integers in gap_patient.
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
       CASE WHEN s.need IS NULL THEN 'not-screened' WHEN s.need THEN 'need' ELSE 'no-need' END AS social_needs
FROM gap_real r
CROSS JOIN gap_period g
LEFT JOIN patient p USING (patient_id)
LEFT JOIN area_quintile q ON q.zip = p.zip
LEFT JOIN latest_screening s USING (patient_id);
