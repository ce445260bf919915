-- The Stratum warehouse: canonical tables, one per kind of record. Derived data, rebuilt from the
-- import ledger whenever Warehouse.SCHEMA_VERSION changes. Columns are documented in
-- docs/data-model.md; the Stratum CSV layout has one file per table with these column names.
-- Keys are not declared: DuckDB keeps an index per key, which slows bulk loads; imports check them.
-- Every table carries `source`, the data source a row came from, so a source can be replaced whole.

CREATE TABLE stratum_meta (
    key   VARCHAR NOT NULL,
    value VARCHAR NOT NULL
);

CREATE TABLE import_batch (
    import_id     VARCHAR NOT NULL,
    source        VARCHAR NOT NULL,
    format        VARCHAR NOT NULL,
    location      VARCHAR NOT NULL,
    imported_by   VARCHAR NOT NULL,
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP NOT NULL,
    rows_loaded   BIGINT NOT NULL,
    rows_rejected BIGINT NOT NULL,
    ledger_entry  VARCHAR NOT NULL
);

CREATE TABLE area (
    zip                  VARCHAR NOT NULL,
    source               VARCHAR NOT NULL,
    name                 VARCHAR,
    county               VARCHAR,
    deprivation_quintile TINYINT
);

CREATE TABLE care_site (
    site_id              VARCHAR NOT NULL,
    source               VARCHAR NOT NULL,
    name                 VARCHAR NOT NULL,
    city                 VARCHAR,
    zip                  VARCHAR,
    interpreter_services VARCHAR
);

CREATE TABLE clinician (
    clinician_id VARCHAR NOT NULL,
    source       VARCHAR NOT NULL,
    name         VARCHAR NOT NULL,
    site_id      VARCHAR,
    role         VARCHAR,
    languages    VARCHAR
);

CREATE TABLE patient (
    patient_id                VARCHAR NOT NULL,
    source                    VARCHAR NOT NULL,
    family_name               VARCHAR,
    given_name                VARCHAR,
    birth_date                DATE,
    death_date                DATE,
    sex                       VARCHAR,
    birth_sex                 VARCHAR,
    gender_identity           VARCHAR,
    sexual_orientation        VARCHAR,
    preferred_language        VARCHAR,
    language_response         VARCHAR,
    language_reporting_source VARCHAR,
    interpreter_needed        VARCHAR,
    zip                       VARCHAR,
    census_tract              VARCHAR
);

CREATE TABLE patient_race_ethnicity (
    patient_id       VARCHAR NOT NULL,
    source           VARCHAR NOT NULL,
    question         VARCHAR NOT NULL,
    response         VARCHAR NOT NULL,
    system           VARCHAR,
    code             VARCHAR,
    display          VARCHAR,
    omb_category     VARCHAR,
    detailed         BOOLEAN NOT NULL,
    write_in         VARCHAR,
    reporting_source VARCHAR,
    recorded_on      DATE,
    collected_via    VARCHAR
);

CREATE TABLE attribution (
    patient_id   VARCHAR NOT NULL,
    source       VARCHAR NOT NULL,
    site_id      VARCHAR,
    clinician_id VARCHAR,
    start_date   DATE,
    end_date     DATE
);

CREATE TABLE coverage (
    coverage_id  VARCHAR NOT NULL,
    patient_id   VARCHAR NOT NULL,
    source       VARCHAR NOT NULL,
    payer_type   VARCHAR NOT NULL,
    system       VARCHAR,
    code         VARCHAR,
    display      VARCHAR,
    payer_name   VARCHAR,
    status       VARCHAR,
    start_date   DATE,
    end_date     DATE
);

CREATE TABLE encounter (
    encounter_id          VARCHAR NOT NULL,
    patient_id            VARCHAR NOT NULL,
    source                VARCHAR NOT NULL,
    status                VARCHAR NOT NULL,
    class_code            VARCHAR,
    system                VARCHAR,
    code                  VARCHAR,
    display               VARCHAR,
    start_time            TIMESTAMP,
    end_time              TIMESTAMP,
    site_id               VARCHAR,
    clinician_id          VARCHAR,
    discharge_disposition VARCHAR
);

CREATE TABLE condition (
    condition_id        VARCHAR NOT NULL,
    patient_id          VARCHAR NOT NULL,
    source              VARCHAR NOT NULL,
    encounter_id        VARCHAR,
    category            VARCHAR,
    clinical_status     VARCHAR,
    verification_status VARCHAR,
    system              VARCHAR NOT NULL,
    code                VARCHAR NOT NULL,
    display             VARCHAR,
    onset_time          TIMESTAMP,
    abatement_time      TIMESTAMP,
    recorded_time       TIMESTAMP,
    body_site_system    VARCHAR,
    body_site_code      VARCHAR
);

CREATE TABLE encounter_diagnosis (
    encounter_id VARCHAR NOT NULL,
    patient_id   VARCHAR NOT NULL,
    source       VARCHAR NOT NULL,
    condition_id VARCHAR NOT NULL,
    use_code     VARCHAR,
    rank         INTEGER
);

CREATE TABLE observation (
    observation_id      VARCHAR NOT NULL,
    patient_id          VARCHAR NOT NULL,
    source              VARCHAR NOT NULL,
    encounter_id        VARCHAR,
    panel_id            VARCHAR,
    status              VARCHAR NOT NULL,
    category            VARCHAR,
    system              VARCHAR NOT NULL,
    code                VARCHAR NOT NULL,
    display             VARCHAR,
    value_num           DOUBLE,
    value_unit          VARCHAR,
    value_system        VARCHAR,
    value_code          VARCHAR,
    value_text          VARCHAR,
    effective_start     TIMESTAMP,
    effective_end       TIMESTAMP,
    issued              TIMESTAMP,
    not_done_reason     VARCHAR
);

CREATE TABLE procedure (
    procedure_id         VARCHAR NOT NULL,
    patient_id           VARCHAR NOT NULL,
    source               VARCHAR NOT NULL,
    encounter_id         VARCHAR,
    status               VARCHAR NOT NULL,
    system               VARCHAR NOT NULL,
    code                 VARCHAR NOT NULL,
    display              VARCHAR,
    performed_start      TIMESTAMP,
    performed_end        TIMESTAMP,
    status_reason_system VARCHAR,
    status_reason_code   VARCHAR,
    recorded_time        TIMESTAMP,
    reason_system        VARCHAR,
    reason_code          VARCHAR
);

CREATE TABLE immunization (
    immunization_id      VARCHAR NOT NULL,
    patient_id           VARCHAR NOT NULL,
    source               VARCHAR NOT NULL,
    encounter_id         VARCHAR,
    status               VARCHAR NOT NULL,
    system               VARCHAR NOT NULL,
    code                 VARCHAR NOT NULL,
    display              VARCHAR,
    occurrence_time      TIMESTAMP,
    status_reason_system VARCHAR,
    status_reason_code   VARCHAR
);

CREATE TABLE medication (
    medication_id        VARCHAR NOT NULL,
    patient_id           VARCHAR NOT NULL,
    source               VARCHAR NOT NULL,
    encounter_id         VARCHAR,
    kind                 VARCHAR NOT NULL,
    status               VARCHAR NOT NULL,
    intent               VARCHAR,
    do_not_perform       BOOLEAN,
    system               VARCHAR NOT NULL,
    code                 VARCHAR NOT NULL,
    display              VARCHAR,
    medication_ref       VARCHAR,
    authored_time        TIMESTAMP,
    start_time           TIMESTAMP,
    end_time             TIMESTAMP,
    bounds_start         TIMESTAMP,
    days_supply          INTEGER,
    refills              INTEGER,
    reason_system        VARCHAR,
    reason_code          VARCHAR,
    status_reason_system VARCHAR,
    status_reason_code   VARCHAR
);

CREATE TABLE care_request (
    request_id           VARCHAR NOT NULL,
    patient_id           VARCHAR NOT NULL,
    source               VARCHAR NOT NULL,
    encounter_id         VARCHAR,
    kind                 VARCHAR NOT NULL,
    status               VARCHAR NOT NULL,
    intent               VARCHAR,
    do_not_perform       BOOLEAN,
    system               VARCHAR NOT NULL,
    code                 VARCHAR NOT NULL,
    display              VARCHAR,
    authored_time        TIMESTAMP,
    reason_system        VARCHAR,
    reason_code          VARCHAR,
    status_reason_system VARCHAR,
    status_reason_code   VARCHAR
);

CREATE TABLE allergy (
    allergy_id          VARCHAR NOT NULL,
    patient_id          VARCHAR NOT NULL,
    source              VARCHAR NOT NULL,
    clinical_status     VARCHAR,
    verification_status VARCHAR,
    system              VARCHAR NOT NULL,
    code                VARCHAR NOT NULL,
    display             VARCHAR,
    onset_time          TIMESTAMP,
    onset_end           TIMESTAMP,
    recorded_time       TIMESTAMP
);

CREATE TABLE adverse_event (
    adverse_event_id VARCHAR NOT NULL,
    patient_id       VARCHAR NOT NULL,
    source           VARCHAR NOT NULL,
    encounter_id     VARCHAR,
    actuality        VARCHAR NOT NULL,
    system           VARCHAR NOT NULL,
    code             VARCHAR NOT NULL,
    display          VARCHAR,
    event_time       TIMESTAMP,
    recorded_time    TIMESTAMP
);

CREATE TABLE survey_response (
    response_id   VARCHAR NOT NULL,
    patient_id    VARCHAR NOT NULL,
    source        VARCHAR NOT NULL,
    encounter_id  VARCHAR,
    site_id       VARCHAR,
    clinician_id  VARCHAR,
    instrument    VARCHAR NOT NULL,
    item          VARCHAR NOT NULL,
    answer_value  INTEGER,
    answer_max    INTEGER,
    answer_text   VARCHAR,
    answered_on   DATE NOT NULL,
    language      VARCHAR,
    mode          VARCHAR
);

CREATE TABLE valueset_code (
    oid     VARCHAR NOT NULL,
    source  VARCHAR NOT NULL,
    name    VARCHAR,
    version VARCHAR,
    system  VARCHAR NOT NULL,
    code    VARCHAR NOT NULL,
    display VARCHAR
);

-- Measure results: derived from the tables above by `stratum measures run`, one row per patient in
-- a measure group's initial population per period, with the patient's attribution in that period.
CREATE TABLE measure_result (
    measure_id            VARCHAR NOT NULL,
    group_id              VARCHAR NOT NULL,
    period_start          DATE NOT NULL,
    period_end            DATE NOT NULL,
    patient_id            VARCHAR NOT NULL,
    denominator           BOOLEAN NOT NULL,
    denominator_exclusion BOOLEAN NOT NULL,
    numerator             BOOLEAN NOT NULL,
    denominator_exception BOOLEAN NOT NULL,
    site_id               VARCHAR,
    clinician_id          VARCHAR,
    payer_type            VARCHAR
);

-- One row per measure and period computed: when, from which codes, and whether it could be.
CREATE TABLE measure_run (
    measure_id    VARCHAR NOT NULL,
    period_start  DATE NOT NULL,
    period_end    DATE NOT NULL,
    computed_at   TIMESTAMP NOT NULL,
    status        VARCHAR NOT NULL,
    codes         VARCHAR NOT NULL,
    outcome       VARCHAR NOT NULL,
    detail        VARCHAR,
    patients      BIGINT NOT NULL
);

-- Imputed race and ethnicity (BISG): one row per patient without a self-reported answer, written by
-- `stratum real bisg` from the user's Census surname list and area table. Kept apart from
-- patient_race_ethnicity on purpose: an imputation is a probability for population estimates, never
-- a patient's race, and must never appear in a patient list. Rebuilt warehouses lose it; run again.
CREATE TABLE patient_race_imputed (
    patient_id     VARCHAR NOT NULL,
    method         VARCHAR NOT NULL,
    basis          VARCHAR NOT NULL,
    p_hispanic     DOUBLE NOT NULL,
    p_white        DOUBLE NOT NULL,
    p_black        DOUBLE NOT NULL,
    p_api          DOUBLE NOT NULL,
    p_aian         DOUBLE NOT NULL,
    p_multiracial  DOUBLE NOT NULL,
    surname_table  VARCHAR NOT NULL,
    area_table     VARCHAR NOT NULL,
    imputed_at     TIMESTAMP NOT NULL
);
