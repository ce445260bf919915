package org.stratum.engine.generate.record;

import java.time.LocalDateTime;
import org.stratum.core.terminology.Coding;

/** A vaccine given (CVX code). */
public record ImmunizationRecord(String id, String encounterId, String status, Coding vaccine,
                                 LocalDateTime occurrence) {
}
