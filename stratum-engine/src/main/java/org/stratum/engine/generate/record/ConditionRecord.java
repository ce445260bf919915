package org.stratum.engine.generate.record;

import java.time.LocalDateTime;
import org.stratum.core.terminology.Coding;

/** A diagnosis on the problem list or recorded at a visit (encounter-diagnosis). */
public record ConditionRecord(String id, String encounterId, String category, String clinicalStatus,
                              Coding code, LocalDateTime onset, LocalDateTime abatement, LocalDateTime recorded) {
}
