package org.stratum.core.equity.suppression;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One row of a stratified measure as it may be published.
 *
 * <p>The rate is shown only when both its numerator and its denominator are: with either hidden, the
 * rate and the shown one would give the hidden one back (CMS: no rates whose numerators can be
 * back-calculated). {@code unstable} is set only for a shown denominator under the policy's floor; a
 * hidden denominator carries no flag, because "unstable" on a hidden denominator would tell the
 * reader it is under 30, a bound the protection did not allow for.
 */
public record PublishedRate(String stratum, OptionalLong numerator, OptionalLong denominator, OptionalDouble rate,
                            boolean unstable) {

    /** The rows of one measure, strata first and the total last. */
    public static List<PublishedRate> rows(SuppressedTable suppressed, MeasureCells measure) {
        List<PublishedRate> rows = new ArrayList<>(measure.rows());
        for (int row = 0; row < measure.rows(); row++) {
            OptionalLong numerator = suppressed.shown(measure.met(row));
            OptionalLong denominator = suppressed.shown(measure.denominator(row));
            OptionalDouble rate = numerator.isPresent() && denominator.isPresent() && denominator.getAsLong() > 0
                    ? OptionalDouble.of((double) numerator.getAsLong() / denominator.getAsLong())
                    : OptionalDouble.empty();
            boolean unstable = denominator.isPresent() && suppressed.policy().isUnstable(denominator.getAsLong());
            rows.add(new PublishedRate(measure.rowLabel(row), numerator, denominator, rate, unstable));
        }
        return rows;
    }
}
