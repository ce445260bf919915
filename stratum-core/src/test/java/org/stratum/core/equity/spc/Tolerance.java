package org.stratum.core.equity.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** Comparisons of computed lines with R's, to 1e-9 relative: both do the same arithmetic in doubles. */
final class Tolerance {

    static final double RELATIVE = 1e-9;

    private Tolerance() {
    }

    static void assertClose(double actual, double expected, String what) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what + " (R gives NA)").isNaN();
            return;
        }
        assertThat(actual).as(what).isCloseTo(expected, offset(RELATIVE * Math.abs(expected) + 1e-15));
    }
}
