package org.stratum.app.workflow.history;

import java.time.OffsetDateTime;

/** One change to a record: when, who, what was done and what changed. */
public record HistoryEvent(OffsetDateTime occurredAt, String username, String action, String detail) {
}
