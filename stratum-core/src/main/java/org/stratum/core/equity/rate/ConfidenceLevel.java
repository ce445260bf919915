package org.stratum.core.equity.rate;

import java.math.BigDecimal;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A two-sided confidence level such as 95%, with its normal critical value. Levels are fractions
 * strictly between 0 and 1; {@link #percent(double)} reads the "95" or "99.8" that reports print.
 *
 * <p>The critical value is computed as PHEindicatormethods does, {@code qnorm(level + (1 − level)/2)}
 * ({@code R/utils.R}), so that our limits agree with its published test values to the last digits.
 * Unlike that package we reject a level of exactly 1 (an infinite critical value): no finite
 * interval has 100% confidence.
 */
public final class ConfidenceLevel {

    // Declared before the constants below: static fields initialise in order.
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    /** 95%, the default everywhere. */
    public static final ConfidenceLevel NINETY_FIVE = of(0.95);
    /** 99.8% (about 3.09 standard errors), the level PHEindicatormethods pairs with 95%. */
    public static final ConfidenceLevel NINETY_NINE_POINT_EIGHT = of(0.998);

    private final double level;
    private final double z;

    private ConfidenceLevel(double level) {
        this.level = level;
        this.z = STANDARD_NORMAL.inverseCumulativeProbability(level + (1 - level) / 2);
    }

    /**
     * The level as a fraction, e.g. {@code of(0.95)}.
     *
     * @throws InvalidConfidenceLevel unless {@code 0 < level < 1}
     */
    public static ConfidenceLevel of(double level) {
        if (!(level > 0 && level < 1)) {
            throw new InvalidConfidenceLevel(level);
        }
        return new ConfidenceLevel(level);
    }

    /** The level as a percentage, e.g. {@code percent(99.8)}. */
    public static ConfidenceLevel percent(double percent) {
        return of(percent / 100);
    }

    /** The level as a fraction, e.g. 0.95. */
    public double level() {
        return level;
    }

    /** The two-sided significance level {@code 1 − level}, e.g. 0.05. */
    public double alpha() {
        return 1 - level;
    }

    /** The standard normal quantile at {@code 1 − alpha/2}, e.g. 1.959964 for 95%. */
    public double z() {
        return z;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfidenceLevel that && Double.compare(level, that.level) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(level);
    }

    @Override
    public String toString() {
        // 0.998 × 100 is 99.80000000000001 in binary floating point; print the decimal the user wrote.
        return new BigDecimal(Double.toString(level)).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
