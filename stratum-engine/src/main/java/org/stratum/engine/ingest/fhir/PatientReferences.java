package org.stratum.engine.ingest.fhir;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * After the whole import is read: every record must belong to a patient that is in this import or
 * already in the warehouse. A record that does not is rejected with its own location.
 */
final class PatientReferences {
    private static final Map<String, String> ID_COLUMN = Map.ofEntries(Map.entry("encounter", "encounter_id"),
            Map.entry("condition", "condition_id"), Map.entry("observation", "coalesce(panel_id, observation_id)"),
            Map.entry("procedure", "procedure_id"), Map.entry("immunization", "immunization_id"),
            Map.entry("medication", "medication_id"), Map.entry("care_request", "request_id"),
            Map.entry("coverage", "coverage_id"), Map.entry("allergy", "allergy_id"),
            Map.entry("adverse_event", "adverse_event_id"), Map.entry("survey_response", "response_id"));

    private final Connection sql;
    private final String source;

    PatientReferences(Connection sql, String source) {
        this.sql = sql;
        this.source = source;
    }

    void check(Map<String, Long> rows) throws SQLException {
        for (Map.Entry<String, List<String>> table : FhirImportSession.tablesWithTypes().entrySet()) {
            String id = ID_COLUMN.get(table.getKey());
            if (id == null) {
                continue;
            }
            String types = table.getValue().stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
            try (PreparedStatement reject = sql.prepareStatement("""
                    INSERT INTO fhir_reject
                    SELECT s.file_index, s.line, s.entry, s.resource_type || '/' || s.id, 'patient',
                           'refers to Patient/' || t.patient_id || ', which is neither in this import nor in the warehouse'
                    FROM (SELECT DISTINCT %s AS id, patient_id FROM %s
                          WHERE source = ? AND patient_id NOT IN (SELECT patient_id FROM patient)) t
                    JOIN fhir_seen s ON s.id = t.id AND s.resource_type IN (%s)""".formatted(id, table.getKey(), types))) {
                reject.setString(1, source);
                reject.executeUpdate();
            }
            try (PreparedStatement orphans = sql.prepareStatement("DELETE FROM " + table.getKey()
                    + " WHERE source = ? AND patient_id NOT IN (SELECT patient_id FROM patient)")) {
                orphans.setString(1, source);
                int removed = orphans.executeUpdate();
                if (removed > 0) {
                    rows.merge(table.getKey(), (long) -removed, Long::sum);
                }
            }
        }
    }
}
