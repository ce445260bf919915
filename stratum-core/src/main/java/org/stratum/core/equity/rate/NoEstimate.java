package org.stratum.core.equity.rate;

/**
 * Thrown when asking for a statistic that the data cannot give, for a documented reason: a
 * proportion of nobody (denominator 0), a directly standardised rate from fewer than 10 events, a
 * mean log deviation with a zero rate. Callers check first ({@code hasEstimate()}) or catch this and
 * show the reason; we never return NaN in its place.
 */
public final class NoEstimate extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public NoEstimate(String reason) {
        super(reason);
    }
}
