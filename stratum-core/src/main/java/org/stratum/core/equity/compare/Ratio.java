package org.stratum.core.equity.compare;

import java.util.Objects;
import org.stratum.core.equity.rate.ConfidenceInterval;

/**
 * A ratio of proportions (group over reference) with its confidence interval.
 *
 * @param continuityCorrected whether 0.5 was added to every cell because a group had no events (see {@link RateRatio})
 */
public record Ratio(double estimate, ConfidenceInterval interval, boolean continuityCorrected) {

    public Ratio {
        Objects.requireNonNull(interval, "interval");
    }
}
