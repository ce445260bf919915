package org.stratum.engine.ingest.mapping;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The column that identifies a warehouse table's records (docs/data-model.md). A re-imported record
 * replaces the one of the same source with the same identifier (all its rows: a record has a row per
 * coding). For a patient's race and ethnicity answers and attributions, the patient is the identifier,
 * and for encounter diagnoses the encounter: they are replaced as a whole.
 */
final class TableKeys {
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("area", "zip"), Map.entry("care_site", "site_id"), Map.entry("clinician", "clinician_id"),
            Map.entry("patient", "patient_id"), Map.entry("patient_race_ethnicity", "patient_id"),
            Map.entry("attribution", "patient_id"), Map.entry("coverage", "coverage_id"),
            Map.entry("encounter", "encounter_id"), Map.entry("condition", "condition_id"),
            Map.entry("observation", "observation_id"), Map.entry("procedure", "procedure_id"),
            Map.entry("immunization", "immunization_id"), Map.entry("medication", "medication_id"),
            Map.entry("care_request", "request_id"), Map.entry("allergy", "allergy_id"),
            Map.entry("adverse_event", "adverse_event_id"), Map.entry("survey_response", "response_id"),
            Map.entry("encounter_diagnosis", "encounter_id"));
    private static final Set<String> SEVERAL_PER_KEY = Set.of("patient_race_ethnicity", "attribution", "encounter_diagnosis");

    private TableKeys() {
    }

    static Optional<String> key(String table) {
        return Optional.ofNullable(KEYS.get(table));
    }

    /** Whether two rows of the table may not share a key. */
    static boolean unique(String table) {
        return KEYS.containsKey(table) && !SEVERAL_PER_KEY.contains(table);
    }
}
