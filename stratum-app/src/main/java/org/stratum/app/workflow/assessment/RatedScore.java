package org.stratum.app.workflow.assessment;

import org.stratum.core.toolkit.KeyDriver;

/** Who gave which score, with their note: for administrators only. */
public record RatedScore(String username, String displayName, KeyDriver driver, int score, String note) {
}
