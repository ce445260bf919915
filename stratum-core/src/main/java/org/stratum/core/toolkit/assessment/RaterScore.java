package org.stratum.core.toolkit.assessment;

import java.util.Objects;
import org.stratum.core.toolkit.KeyDriver;

/**
 * One colleague's score for one key driver in a self-assessment round: from 1 (poorly developed) to
 * 5 (well developed), the scale of the toolkit's Quick Start Guide, step 2.
 *
 * @param rater  who scored (a username); only administrators ever see it next to the score
 * @param driver the key driver scored
 * @param score  1 to 5
 */
public record RaterScore(String rater, KeyDriver driver, int score) {

    public static final int POORLY_DEVELOPED = 1;
    public static final int WELL_DEVELOPED = 5;

    public RaterScore {
        Objects.requireNonNull(rater, "rater");
        Objects.requireNonNull(driver, "driver");
        if (score < POORLY_DEVELOPED || score > WELL_DEVELOPED) {
            throw new InvalidScore(driver, score);
        }
    }
}
