package org.stratum.core.equity.rate;

/** Thrown for a confidence level outside the open interval (0, 1), such as 1, 0, 95 or NaN. */
public final class InvalidConfidenceLevel extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final double level;

    public InvalidConfidenceLevel(double level) {
        super("A confidence level must lie strictly between 0 and 1 (use ConfidenceLevel.percent for 95 or 99.8), got "
                + level);
        this.level = level;
    }

    /** The rejected value. */
    public double level() {
        return level;
    }
}
