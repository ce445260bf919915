package org.stratum.core.equity.multiplicity;

/** A p-value that is not a probability (NaN, below 0 or above 1), with its position in the input. */
public class InvalidPValue extends RuntimeException {
    private final int index;

    public InvalidPValue(int index, double value) {
        super("p-value " + index + " is " + value + ", not a probability in [0, 1]");
        this.index = index;
    }

    public int index() {
        return index;
    }
}
