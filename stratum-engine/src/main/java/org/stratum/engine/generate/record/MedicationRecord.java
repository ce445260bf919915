package org.stratum.engine.generate.record;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.stratum.core.terminology.Coding;

/** A prescription (MedicationRequest) with the period it covers. */
public record MedicationRecord(String id, String encounterId, String status, Coding medication,
                               LocalDateTime authored, LocalDate start, LocalDate end, int daysSupply, int refills) {
}
