-- Patient: demographics, preferred language, interpreter need (US Core extensions).
INSERT INTO patient (patient_id, source, family_name, given_name, birth_date, death_date, sex, birth_sex,
                     gender_identity, sexual_orientation, preferred_language, language_response,
                     language_reporting_source, interpreter_needed, zip, census_tract)
SELECT fhir_scope(p.ctx, p.id), ?,
       coalesce(list_filter(p.r.name, n -> n.use = 'official')[1], p.r.name[1]).family,
       coalesce(list_filter(p.r.name, n -> n.use = 'official')[1], p.r.name[1]).given[1],
       fhir_date(p.r.birthDate),
       fhir_date(p.r.deceasedDateTime),
       p.r.gender,
       list_filter(p.r.extension, e -> e.url = 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex')[1].valueCode,
       list_filter(p.r.extension, e -> e.url = 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-genderIdentity')[1]
           .valueCodeableConcept.coding[1].code,
       NULL,
       language.code,
       CASE WHEN language.code IS NULL THEN 'unknown' ELSE 'answered' END,
       NULL,
       CASE interpreter.code
           WHEN '373066001' THEN 'yes' WHEN 'Y' THEN 'yes' WHEN 'LA33-6' THEN 'yes'
           WHEN '373067005' THEN 'no' WHEN 'N' THEN 'no' WHEN 'LA32-8' THEN 'no'
           ELSE CASE WHEN interpreter.code IS NULL THEN NULL ELSE 'unknown' END END,
       coalesce(list_filter(p.r.address, a -> a.use = 'home')[1], p.r.address[1]).postalCode,
       NULL
FROM (SELECT f.*,
             coalesce(list_filter(f.r.communication, c -> c.preferred)[1], f.r.communication[1]).language.coding[1] AS language,
             list_filter(f.r.extension,
                 e -> e.url = 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-interpreter-needed')[1].valueCoding
                 AS interpreter
      FROM fhir_ok f) p
