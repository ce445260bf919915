package org.stratum.engine.generate.record;

import java.time.LocalDateTime;
import org.stratum.core.terminology.Coding;

/** A procedure performed (or, with status not-done and a reason, not performed). */
public record ProcedureRecord(String id, String encounterId, String status, Coding code, LocalDateTime start,
                              LocalDateTime end, Coding statusReason) {
}
