package org.stratum.app.workflow.teams;

import org.stratum.app.workflow.Changed;

/** An improvement team and its charter (may be null). */
public record Team(long id, String name, String charter, Changed changed) {
}
