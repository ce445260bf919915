package org.stratum.engine.ingest.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.stratum.core.real.ResponseStatus;

/**
 * The value maps a column gets when the mapping gives it none: race and ethnicity codes that already
 * are CDC codes (with their category and display filled in), and the allowed values of the warehouse
 * columns that hold a closed set of values, so a local value can never slip in unmapped.
 */
final class BuiltInValueMaps {
    private static final ValueMap CDC_CODES = cdcCodes();
    private static final Map<String, ValueMap> ALLOWED_VALUES = new ConcurrentHashMap<>();

    private BuiltInValueMaps() {
    }

    /** The built-in map for a column used without one, if it needs one. */
    static Optional<ValueMap> forColumn(String table, String column) {
        if (table.equals("patient_race_ethnicity") && column.equals("code")) {
            return Optional.of(CDC_CODES);
        }
        return ColumnVocabulary.of(table, column).map(values -> ALLOWED_VALUES.computeIfAbsent(table + "." + column,
                name -> allowedValues(name, values)));
    }

    /**
     * A values map used for a column with a closed set of values, which also lets through the values
     * already in that set: an extract that writes both "F" and "female" needs a map only for "F".
     */
    static ValueMap withAllowedValues(ValueMap map, String table, String column) {
        if (map.kind() != ValueMapKind.VALUES || ColumnVocabulary.of(table, column).isEmpty()) {
            return map;
        }
        Map<String, MappedValue> values = new LinkedHashMap<>(forColumn(table, column).orElseThrow().values());
        values.putAll(map.values());
        return new ValueMap(map.name(), map.line(), map.kind(), map.system(), values);
    }

    private static ValueMap cdcCodes() {
        Map<String, MappedValue> values = new LinkedHashMap<>();
        for (var concept : RaceEthnicityAnswers.concepts()) {
            values.put(ValueMap.key(concept.code()), RaceEthnicityAnswers.answer(concept.code(), 0, concept));
        }
        for (ResponseStatus status : ResponseStatus.values()) {
            if (status != ResponseStatus.ANSWERED) {
                for (String written : List.of(status.code(), status.fhirCode())) {
                    values.put(ValueMap.key(written), RaceEthnicityAnswers.of(written, 0, status.code()).orElseThrow());
                }
            }
        }
        return new ValueMap("the CDC race and ethnicity codes", 0, ValueMapKind.RACE_ETHNICITY, null, values);
    }

    private static ValueMap allowedValues(String column, List<String> allowed) {
        Map<String, MappedValue> values = new LinkedHashMap<>();
        allowed.forEach(v -> values.put(ValueMap.key(v), MappedValue.plain(v, 0, v)));
        return new ValueMap("the allowed values of " + column, 0, ValueMapKind.VALUES, null, values);
    }
}
