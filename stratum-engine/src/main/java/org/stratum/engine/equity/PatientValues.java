package org.stratum.engine.equity;

import java.util.List;
import java.util.Map;

/**
 * What the integer codes of {@code gap_patient} stand for: per patient column, its values in code
 * order. Grouping by small integers rather than by long labels roughly halves the counting queries.
 */
record PatientValues(Map<ScanColumn, List<String>> byColumn) {

    PatientValues {
        byColumn = Map.copyOf(byColumn);
    }

    String value(ScanColumn column, int code) {
        return byColumn.get(column).get(code);
    }
}
