package org.stratum.core.equity.disparity;

import java.util.Locale;

/**
 * The kind of value behind a slope index, which decides the scale its uncertainty is simulated on,
 * as PHEindicatormethods {@code phe_sii}'s {@code value_type} does: 0 = normal, 1 = rate (log),
 * 2 = proportion (logit). Standard errors given for rates and proportions are on that transformed scale.
 */
public enum ValueScale {
    /** Any value, e.g. life expectancy: no transformation. */
    NORMAL,
    /** A rate: natural log. Values must be positive. */
    RATE,
    /** A proportion: logit. Values must lie strictly between 0 and 1. */
    PROPORTION;

    /** The value on the transformed scale. */
    public double transform(double value) {
        return switch (this) {
            case NORMAL -> value;
            case RATE -> Math.log(value);
            case PROPORTION -> Math.log(value / (1 - value));
        };
    }

    /** Back from the transformed scale. */
    public double inverse(double transformed) {
        return switch (this) {
            case NORMAL -> transformed;
            case RATE -> Math.exp(transformed);
            case PROPORTION -> 1 / (1 + Math.exp(-transformed));
        };
    }

    /** Throws unless the value can be transformed. */
    void require(GroupEstimate group) {
        boolean valid = switch (this) {
            case NORMAL -> true;
            case RATE -> group.value() > 0;
            case PROPORTION -> group.value() > 0 && group.value() < 1;
        };
        if (!valid) {
            throw new InvalidGroupEstimates(group.group() + ": a " + name().toLowerCase(Locale.ROOT)
                    + " value of " + group.value() + " cannot be transformed");
        }
    }
}
