package org.stratum.core.equity.disparity;

import java.util.Objects;
import org.stratum.core.equity.rate.ConfidenceInterval;

/** Simulated confidence intervals for the slope and relative indices of inequality. */
public record SlopeIndexIntervals(ConfidenceInterval sii, ConfidenceInterval rii) {

    public SlopeIndexIntervals {
        Objects.requireNonNull(sii, "sii");
        Objects.requireNonNull(rii, "rii");
    }
}
