package org.stratum.engine.equity;

/** A filter asked for a value no patient of the view has, e.g. a misspelt site id. */
public final class UnknownDimensionValue extends RuntimeException {
    private final StratifyingDimension dimension;

    UnknownDimensionValue(StratifyingDimension dimension, String value) {
        super("'" + value + "' is not a value of " + dimension.parameter()
                + " among this measure's patients in the period (see docs/dimensions.md)");
        this.dimension = dimension;
    }

    public StratifyingDimension dimension() {
        return dimension;
    }
}
