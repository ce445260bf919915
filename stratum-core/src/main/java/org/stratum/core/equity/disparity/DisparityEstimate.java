package org.stratum.core.equity.disparity;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.stratum.core.equity.rate.ConfidenceInterval;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.rate.IntervalMethod;

/**
 * A summary disparity measure with its standard error where one can be had, and a sentence on where
 * that standard error comes from, or why there is none (we never make one up).
 *
 * @param measure the measure's name, e.g. "Theil index"
 * @param standardError on {@code scale}; empty when not available
 * @param basis how the standard error was obtained, or why it is not available
 */
public record DisparityEstimate(String measure, double estimate, OptionalDouble standardError, ErrorScale scale,
        String basis) {

    public DisparityEstimate {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(standardError, "standardError");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(basis, "basis");
    }

    /** An estimate with an analytic standard error. */
    static DisparityEstimate withError(String measure, double estimate, double standardError, ErrorScale scale,
            String basis) {
        return new DisparityEstimate(measure, estimate, OptionalDouble.of(standardError), scale, basis);
    }

    /** An estimate without a standard error, and why. */
    static DisparityEstimate withoutError(String measure, double estimate, String reason) {
        return new DisparityEstimate(measure, estimate, OptionalDouble.empty(), ErrorScale.LINEAR, reason);
    }

    /** The normal-theory interval (on the log scale for ratios), when there is a standard error. */
    public Optional<ConfidenceInterval> interval(ConfidenceLevel level) {
        if (standardError.isEmpty()) {
            return Optional.empty();
        }
        double halfWidth = level.z() * standardError.getAsDouble();
        return Optional.of(scale == ErrorScale.LOG
                ? new ConfidenceInterval(estimate * Math.exp(-halfWidth), estimate * Math.exp(halfWidth), level,
                        IntervalMethod.NORMAL_APPROXIMATION)
                : new ConfidenceInterval(estimate - halfWidth, estimate + halfWidth, level,
                        IntervalMethod.NORMAL_APPROXIMATION));
    }
}
