package org.stratum.engine.generate.record;

import java.time.LocalDateTime;
import java.util.List;
import org.stratum.core.terminology.Coding;

/**
 * A measurement, lab result or survey answer. A value is either a quantity ({@code valueNumber} with
 * a UCUM unit) or a coded answer ({@code valueCode}); a panel such as blood pressure carries its
 * parts as components.
 */
public record ObservationRecord(String id, String encounterId, String status, String category, Coding code,
                                Double valueNumber, String valueUnit, Coding valueCode, LocalDateTime effective,
                                List<Component> components, String profile) {

    public ObservationRecord {
        components = List.copyOf(components);
    }

    public static ObservationRecord quantity(String id, String encounterId, String category, Coding code,
                                             double value, String unit, LocalDateTime effective, String profile) {
        return new ObservationRecord(id, encounterId, "final", category, code, value, unit, null, effective,
                List.of(), profile);
    }

    public static ObservationRecord coded(String id, String encounterId, String category, Coding code,
                                          Coding value, LocalDateTime effective) {
        return new ObservationRecord(id, encounterId, "final", category, code, null, null, value, effective,
                List.of(), null);
    }

    /** One part of a panel, e.g. the systolic reading of a blood pressure. */
    public record Component(Coding code, double value, String unit) {
    }
}
