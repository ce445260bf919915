package org.stratum.app.workflow.efforts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A co-design session of an effort: who took part, what was heard and what was decided. */
public record CoDesignSession(long id, long effortId, LocalDate heldOn, String participants, String heard,
        String decided, String recordedBy, OffsetDateTime recordedAt) {
}
