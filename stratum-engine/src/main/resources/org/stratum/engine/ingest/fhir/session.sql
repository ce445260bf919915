-- Temporary tables and macros of one FHIR import, inside its transaction.
SET TimeZone = 'UTC';

CREATE OR REPLACE TEMP TABLE fhir_staging (file_index INTEGER, line BIGINT, entry INTEGER, ctx VARCHAR, json VARCHAR);

-- Each staged line's shape (OBJECT, or another JSON type, or NULL when not JSON), type, id and
-- whether it passed the checks of classify.sql; the view fhir_chunk joins them back to the staged text.
CREATE OR REPLACE TEMP TABLE fhir_key (file_index INTEGER, line BIGINT, entry INTEGER, ctx VARCHAR, shape VARCHAR,
    resource_type VARCHAR, id VARCHAR, ok BOOLEAN);

CREATE OR REPLACE TEMP TABLE fhir_reject (
    file_index INTEGER, line BIGINT, entry INTEGER, resource VARCHAR, field VARCHAR, reason VARCHAR);

-- Every resource loaded so far (id as scoped), with a hash of its type and id for finding duplicates.
CREATE OR REPLACE TEMP TABLE fhir_seen (
    resource_type VARCHAR, id VARCHAR, file_index INTEGER, line BIGINT, entry INTEGER, h UBIGINT);

CREATE OR REPLACE TEMP TABLE fhir_medication_code (id VARCHAR, system VARCHAR, code VARCHAR, display VARCHAR);

-- Medication requests, administrations and dispenses wait here until every Medication resource they
-- may refer to has been read; so do PractitionerRoles, which say where clinicians work.
CREATE OR REPLACE TEMP TABLE fhir_medication_row (
    file_index INTEGER, line BIGINT, entry INTEGER, medication_id VARCHAR, patient_id VARCHAR, encounter_id VARCHAR,
    kind VARCHAR, status VARCHAR, intent VARCHAR, do_not_perform BOOLEAN, code_system VARCHAR, code VARCHAR,
    display VARCHAR, medication_ref VARCHAR, authored_time TIMESTAMP, start_time TIMESTAMP, end_time TIMESTAMP,
    bounds_start TIMESTAMP, days_supply INTEGER, refills INTEGER, reason_system VARCHAR, reason_code VARCHAR, status_reason_system VARCHAR,
    status_reason_code VARCHAR);

CREATE OR REPLACE TEMP TABLE fhir_valueset_include (oid VARCHAR, name VARCHAR, version VARCHAR, included_oid VARCHAR);

CREATE OR REPLACE TEMP TABLE fhir_practitioner_role (practitioner_id VARCHAR, organization_id VARCHAR, role VARCHAR);

-- The OMB 2024 minimum category of each CDC race and ethnicity code (filled from the code set).
CREATE OR REPLACE TEMP TABLE fhir_cdc_category (code VARCHAR, omb_category VARCHAR);

-- A FHIR date or dateTime as a UTC timestamp. Partial dates (YYYY, YYYY-MM) take their first day;
-- a time without a zone is read as UTC. NULL when the text is not a valid FHIR date or dateTime.
CREATE OR REPLACE TEMP MACRO fhir_time(s) AS CASE
    WHEN s IS NULL THEN NULL
    -- Most values are full dateTimes: only they are longer than a date, so they meet one pattern.
    WHEN length(s) > 10 THEN CASE
        WHEN regexp_full_match(s, '[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?')
        THEN TRY_CAST(TRY_CAST(s AS TIMESTAMPTZ) AS TIMESTAMP) END
    WHEN regexp_full_match(s, '[0-9]{4}') THEN TRY_CAST(s || '-01-01' AS TIMESTAMP)
    WHEN regexp_full_match(s, '[0-9]{4}-[0-9]{2}') THEN TRY_CAST(s || '-01' AS TIMESTAMP)
    WHEN regexp_full_match(s, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN TRY_CAST(s AS TIMESTAMP)
    ELSE NULL END;

-- The first QI-Core extension of the given name (the last part of its URL) in a list of extensions.
CREATE OR REPLACE TEMP MACRO fhir_qicore_ext(extensions, name) AS
    list_filter(extensions, extension_ -> extension_.url = 'http://hl7.org/fhir/us/qicore/StructureDefinition/' || name)[1];

-- The first coding of a list of CodeableConcepts whose system is one of the given systems, else
-- the first coding: categories mix HL7's category codes with others (e.g. SNOMED CT 439401001).
CREATE OR REPLACE TEMP MACRO fhir_category(concepts, systems) AS coalesce(
    list_filter(flatten(list_transform(concepts, concept_ -> concept_.coding)),
                coding_ -> list_contains(systems, coding_.system))[1].code,
    concepts[1].coding[1].code);

CREATE OR REPLACE TEMP MACRO fhir_date(s) AS CAST(fhir_time(s) AS DATE);

-- True when a date or dateTime is present but unreadable: the record is rejected for it.
CREATE OR REPLACE TEMP MACRO fhir_bad_time(s) AS s IS NOT NULL AND fhir_time(s) IS NULL;

-- The id a reference points at when it points at a resource of the given type: "Patient/123",
-- "https://server/fhir/Patient/123/_history/2" and, in Bundles, "urn:uuid:…". NULL otherwise
-- (another type, a conditional or a contained reference).
CREATE OR REPLACE TEMP MACRO fhir_ref(ref, type) AS CASE
    WHEN ref IS NULL THEN NULL
    WHEN starts_with(ref, 'urn:uuid:') THEN substr(ref, 10)
    -- The usual "Type/id" needs no search for where the type starts.
    WHEN starts_with(ref, type || '/') AND regexp_full_match(substr(ref, length(type) + 2), '[A-Za-z0-9.-]{1,64}')
        THEN substr(ref, length(type) + 2)
    ELSE nullif(regexp_extract(ref, '(^|/)' || type || '/([A-Za-z0-9.-]{1,64})(/_history/[^/]+)?$', 2), '')
    END;

-- Test-case folders (the eCQM test suite's layout): each folder is one patient's world, so its
-- resources belong to that patient whatever their subject says, and their ids are scoped by the
-- patient (ctx) so that "Encounter-1" of two folders are two encounters. Outside that mode ctx is NULL.
CREATE OR REPLACE TEMP MACRO fhir_scope(ctx, id) AS CASE
    WHEN ctx IS NULL OR id IS NULL OR id = ctx THEN id ELSE ctx || '/' || id END;

CREATE OR REPLACE TEMP MACRO fhir_scoped_ref(ctx, ref, type) AS fhir_scope(ctx, fhir_ref(ref, type));

CREATE OR REPLACE TEMP MACRO fhir_patient(ctx, ref) AS coalesce(ctx, fhir_ref(ref, 'Patient'));

-- Every coding of a list of CodeableConcepts, or one NULL so a record without codes still loads.
CREATE OR REPLACE TEMP MACRO fhir_codings(concepts) AS CASE
    WHEN coalesce(len(flatten(list_transform(concepts, c -> c.coding))), 0) = 0 THEN [NULL]
    ELSE flatten(list_transform(concepts, c -> c.coding)) END;

-- Every coding of one CodeableConcept, or one NULL.
CREATE OR REPLACE TEMP MACRO fhir_concept_codings(concept) AS CASE
    WHEN coalesce(len(concept.coding), 0) = 0 THEN [NULL] ELSE concept.coding END;
