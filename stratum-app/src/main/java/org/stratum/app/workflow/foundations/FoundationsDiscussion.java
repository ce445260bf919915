package org.stratum.app.workflow.foundations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.stratum.app.workflow.efforts.ImprovementEffort;

/**
 * A discussion of how the foundations (shared understanding of racism, anti-racist norms and
 * commitment) inform the improvement work, and the work them (Quick Start step 7).
 */
public record FoundationsDiscussion(long id, LocalDate heldOn, String participants, String reflections,
        List<ImprovementEffort> efforts, String recordedBy, OffsetDateTime recordedAt) {
}
