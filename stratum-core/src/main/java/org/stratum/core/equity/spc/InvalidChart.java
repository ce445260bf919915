package org.stratum.core.equity.spc;

/**
 * Thrown when a chart cannot be drawn from what it was given: a proportion above one, a time
 * between events that is not positive, an excluded point beyond the end of the series, a freeze
 * combined with phases. Unchecked: these are mistakes in the caller's request, reported with the
 * offending value so the caller can say which series and point was wrong.
 */
public final class InvalidChart extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidChart(String message) {
        super(message);
    }
}
