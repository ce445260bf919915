package org.stratum.core.equity.suppression;

/** What an attacker can say about a hidden count: it lies between {@code min} and {@code max}. */
record FeasibleInterval(double min, double max) {
    private static final double TOLERANCE = 1e-6;

    boolean pinned() {
        return max - min < TOLERANCE;
    }

    /** The attacker can be sure the count is below {@code threshold}. */
    boolean provenBelow(long threshold) {
        return max < threshold - TOLERANCE;
    }
}
