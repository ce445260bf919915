package org.stratum.core.equity.suppression;

/** A table whose counts break one of its own sums, or that has a negative count. */
public class InconsistentTable extends RuntimeException {

    public InconsistentTable(String message) {
        super(message);
    }
}
