package org.stratum.core.equity.compare;

import java.util.Objects;
import java.util.Optional;

/**
 * How a group differs from its reference, on the measure's own scale: the difference (group minus
 * reference) and the ratio (group over reference), each with an interval; the two-sided p-value and
 * the test that gave it; and the relative difference in the adverse outcome that AHRQ's 10% rule reads.
 *
 * @param ratio empty when the reference is a fixed value of 0, where no ratio exists
 * @param relativeDifference {@code |a_group − a_ref| / a_ref} for adverse proportions a; +∞ when a_ref = 0 < a_group
 */
public record Contrast(Difference difference, Optional<Ratio> ratio, double pValue, String test,
        double relativeDifference) {

    public Contrast {
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(test, "test");
    }
}
