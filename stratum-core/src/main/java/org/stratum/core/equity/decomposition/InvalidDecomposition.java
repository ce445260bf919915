package org.stratum.core.equity.decomposition;

/**
 * Thrown when a decomposition cannot be computed from what it was given: a group with no one in it,
 * a stratum named twice, regressors that are collinear within a group, a rate outside [0, 1].
 * Unchecked: these are mistakes in the caller's request, reported with the offending value.
 */
public final class InvalidDecomposition extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidDecomposition(String message) {
        super(message);
    }

    public InvalidDecomposition(String message, Throwable cause) {
        super(message, cause);
    }
}
