package org.stratum.app.workflow.assessment;

import org.stratum.core.toolkit.KeyDriver;

/**
 * One person's score for one driver with their optional note, as their scoresheet holds it.
 *
 * @param note what the person wants to say about the score, or null
 */
public record DriverScore(KeyDriver driver, int score, String note) {
}
