package org.stratum.core.toolkit.assessment;

import org.stratum.core.toolkit.KeyDriver;

/** A driver score outside the toolkit's scale of 1 (poorly developed) to 5 (well developed). */
public class InvalidScore extends IllegalArgumentException {

    public InvalidScore(KeyDriver driver, int score) {
        super("Score " + score + " for driver " + driver + " is outside 1 (poorly developed) to 5 (well developed)");
    }
}
