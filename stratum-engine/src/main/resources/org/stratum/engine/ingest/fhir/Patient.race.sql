-- Patient: every race and ethnicity answer in the US Core extensions, with Stratum's provenance
-- extensions when present (source, date recorded, question, declined, write-in, channel, detailed).
-- Codings Stratum's export marks as derived (there only to complete US Core's 1997 shape) are skipped.
-- A declined answer travels as US Core's ASKU and is stored with data-absent-reason's asked-declined.
INSERT INTO patient_race_ethnicity (patient_id, source, question, response, system, code, display, omb_category,
                                    detailed, write_in, reporting_source, recorded_on, collected_via)
SELECT a.id, ?,
       coalesce(a.question, CASE WHEN a.extension_url LIKE '%us-core-race' THEN 'race' ELSE 'ethnicity' END),
       CASE WHEN a.coding.code = 'UNK' THEN 'unknown'
            WHEN a.coding.code = 'ASKU' AND a.declined THEN 'declined'
            WHEN a.coding.code = 'ASKU' THEN 'asked-no-answer'
            ELSE 'answered' END,
       CASE WHEN a.coding.code = 'ASKU' AND a.declined THEN 'http://terminology.hl7.org/CodeSystem/data-absent-reason'
            ELSE a.coding.system END,
       CASE WHEN a.coding.code = 'ASKU' AND a.declined THEN 'asked-declined' ELSE a.coding.code END,
       CASE WHEN a.coding.code = 'ASKU' AND a.declined THEN 'Asked But Declined' ELSE a.coding.display END,
       CASE WHEN a.coding.code IN ('UNK', 'ASKU') THEN NULL ELSE c.omb_category END,
       coalesce(a.detailed, a.slice = 'detailed'),
       a.write_in,
       a.reporting_source,
       fhir_date(a.recorded),
       a.collected_via
FROM (SELECT fhir_scope(f.ctx, f.id) AS id, ext.url AS extension_url, part.url AS slice, part.valueCoding AS coding,
             list_filter(part.valueCoding.extension, x -> x.url = 'urn:stratum:fhir:extension:real-question')[1].valueCode
                 AS question,
             list_filter(part.valueCoding.extension, x -> x.url = 'urn:stratum:fhir:extension:real-source')[1].valueCode
                 AS reporting_source,
             list_filter(part.valueCoding.extension, x -> x.url = 'urn:stratum:fhir:extension:real-recorded')[1].valueDate
                 AS recorded,
             coalesce(list_filter(part.valueCoding.extension,
                 x -> x.url = 'urn:stratum:fhir:extension:real-response')[1].valueCode = 'declined', false) AS declined,
             list_filter(part.valueCoding.extension, x -> x.url = 'urn:stratum:fhir:extension:real-write-in')[1].valueString
                 AS write_in,
             list_filter(part.valueCoding.extension,
                 x -> x.url = 'urn:stratum:fhir:extension:real-collected-via')[1].valueCode AS collected_via,
             list_filter(part.valueCoding.extension, x -> x.url = 'urn:stratum:fhir:extension:real-detailed')[1].valueBoolean
                 AS detailed,
             coalesce(list_filter(part.valueCoding.extension,
                 x -> x.url = 'urn:stratum:fhir:extension:real-derived')[1].valueBoolean, false) AS derived
      FROM (SELECT e.*, unnest(e.ext.extension) AS part
            FROM (SELECT f.*, unnest(f.r.extension) AS ext FROM fhir_ok f) AS e) AS f
      WHERE ext.url IN ('http://hl7.org/fhir/us/core/StructureDefinition/us-core-race',
                        'http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity')
        AND part.url IN ('ombCategory', 'detailed')
        AND part.valueCoding.code IS NOT NULL) a
LEFT JOIN fhir_cdc_category c ON c.code = a.coding.code
WHERE NOT a.derived
