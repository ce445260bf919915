package org.stratum.core.equity.compare;

import java.util.Objects;
import org.stratum.core.equity.rate.ConfidenceInterval;

/** A difference of proportions (group minus reference) with its confidence interval. */
public record Difference(double estimate, ConfidenceInterval interval) {

    public Difference {
        Objects.requireNonNull(interval, "interval");
    }

    /** The difference the other way round (reference minus group): negated, limits swapped. */
    public Difference negated() {
        return new Difference(-estimate, new ConfidenceInterval(-interval.upper(), -interval.lower(), interval.level(),
                interval.method()));
    }
}
