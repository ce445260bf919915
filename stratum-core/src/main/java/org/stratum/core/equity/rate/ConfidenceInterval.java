package org.stratum.core.equity.rate;

import java.util.Objects;

/**
 * A two-sided confidence interval {@code [lower, upper]}, with the level and method that produced it.
 * Both limits are finite, or {@code upper} is {@code +∞} for an unbounded ratio.
 */
public record ConfidenceInterval(double lower, double upper, ConfidenceLevel level, IntervalMethod method) {

    public ConfidenceInterval {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(method, "method");
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("Not an interval: [" + lower + ", " + upper + "] (" + method.label() + ")");
        }
    }

    /** Whether {@code value} lies inside the interval, limits included. */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /** Whether {@code value} lies strictly outside the interval. */
    public boolean excludes(double value) {
        return !contains(value);
    }

    /** {@code upper − lower}. */
    public double width() {
        return upper - lower;
    }

    /** The interval with both limits multiplied by a positive {@code factor}, e.g. a rate "per 100,000". */
    public ConfidenceInterval scaled(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("A scale factor must be positive and finite, got " + factor);
        }
        return new ConfidenceInterval(lower * factor, upper * factor, level, method);
    }

    /** The interval shifted by {@code offset}, e.g. a proportion's interval minus a fixed target. */
    public ConfidenceInterval shifted(double offset) {
        return new ConfidenceInterval(lower + offset, upper + offset, level, method);
    }
}
