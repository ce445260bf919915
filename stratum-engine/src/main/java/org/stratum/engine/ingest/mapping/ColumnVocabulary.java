package org.stratum.engine.ingest.mapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The warehouse columns that hold one of a closed set of values (docs/data-model.md; FHIR R4's
 * required bindings for the statuses and categories). A value outside the set would load silently and
 * never be counted, so a mapped column must translate its local values into these, through a value
 * map; values that already are these (in any case) pass as they are.
 */
final class ColumnVocabulary {
    private static final Map<String, List<String>> VALUES = Map.ofEntries(
            Map.entry("patient.sex", List.of("female", "male", "other", "unknown")),
            Map.entry("patient.birth_sex", List.of("F", "M", "UNK")),
            Map.entry("patient.gender_identity",
                    List.of("446141000124107", "446151000124109", "33791000087105", "OTH", "ASKU", "UNK")),
            Map.entry("patient.sexual_orientation", List.of("20430005", "38628009", "42035005", "OTH", "ASKU", "UNK")),
            Map.entry("patient.language_response", List.of("answered", "unknown", "declined")),
            Map.entry("patient.language_reporting_source", List.of("self-reported", "staff-observed")),
            Map.entry("patient.interpreter_needed", List.of("yes", "no", "unknown")),
            Map.entry("patient_race_ethnicity.question", List.of("combined", "race", "ethnicity")),
            Map.entry("patient_race_ethnicity.reporting_source", List.of("self-reported", "staff-observed", "imputed")),
            Map.entry("coverage.payer_type", List.of("medi-cal", "medicare", "commercial", "uninsured")),
            Map.entry("coverage.status", List.of("active", "cancelled", "draft", "entered-in-error")),
            Map.entry("encounter.status", List.of("planned", "arrived", "triaged", "in-progress", "onleave", "finished",
                    "cancelled", "entered-in-error", "unknown")),
            Map.entry("encounter.class_code",
                    List.of("AMB", "VR", "HH", "IMP", "EMER", "ACUTE", "NONAC", "OBSENC", "PRENC", "SS", "FLD")),
            Map.entry("condition.category", List.of("problem-list-item", "encounter-diagnosis", "health-concern")),
            Map.entry("condition.clinical_status",
                    List.of("active", "recurrence", "relapse", "inactive", "remission", "resolved")),
            Map.entry("condition.verification_status",
                    List.of("unconfirmed", "provisional", "differential", "confirmed", "refuted", "entered-in-error")),
            Map.entry("observation.status", List.of("registered", "preliminary", "final", "amended", "corrected",
                    "cancelled", "entered-in-error", "unknown")),
            Map.entry("observation.category", List.of("vital-signs", "laboratory", "survey", "social-history", "sdoh",
                    "imaging", "exam", "procedure", "therapy", "activity")),
            Map.entry("procedure.status", List.of("preparation", "in-progress", "not-done", "on-hold", "stopped",
                    "completed", "entered-in-error", "unknown")),
            Map.entry("immunization.status", List.of("completed", "entered-in-error", "not-done")),
            Map.entry("medication.kind", List.of("request", "administration", "dispense")),
            Map.entry("care_request.kind", List.of("service", "device")),
            Map.entry("care_site.interpreter_services", List.of("in-person", "phone", "none")));

    private ColumnVocabulary() {
    }

    static Optional<List<String>> of(String table, String column) {
        return Optional.ofNullable(VALUES.get(table + "." + column));
    }
}
