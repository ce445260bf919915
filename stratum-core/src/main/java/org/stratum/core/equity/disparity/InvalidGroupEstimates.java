package org.stratum.core.equity.disparity;

/** Thrown for group estimates no disparity measure can use: too few groups, impossible values or weights. */
public final class InvalidGroupEstimates extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidGroupEstimates(String message) {
        super(message);
    }
}
