package org.stratum.core.equity.compare;

import org.stratum.core.equity.rate.ConfidenceInterval;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.rate.IntervalMethod;
import org.stratum.core.equity.rate.Proportion;

/**
 * The ratio of two independent proportions (a risk ratio, "rate ratio" in the toolkit's words) with
 * the log-method (Katz) interval (Katz D et al., Biometrics 1978;34:469-474; Altman et al.,
 * <i>Statistics with Confidence</i>, 2nd ed., 2000, ch. 7):
 *
 * <pre>  RR = (x₁/n₁)/(x₂/n₂)      SE(ln RR) = √(1/x₁ − 1/n₁ + 1/x₂ − 1/n₂)      exp(ln RR ± z·SE)</pre>
 *
 * <p>With no events in either group the log interval does not exist. We then add 0.5 to every cell of
 * the 2×2 table (Haldane–Anscombe: x + 0.5 events out of n + 1), for the ratio and its interval alike,
 * and say so with {@link Ratio#continuityCorrected()}. Swapping the groups gives the reciprocal.
 */
public final class RateRatio {

    private static final double HALDANE = 0.5;

    private RateRatio() {
    }

    /**
     * {@code group / reference} with its interval.
     *
     * @throws org.stratum.core.equity.rate.NoEstimate if either proportion has an empty denominator
     */
    public static Ratio between(Proportion group, Proportion reference, ConfidenceLevel level) {
        group.value();
        reference.value();
        boolean corrected = group.numerator() == 0 || reference.numerator() == 0;
        double correction = corrected ? HALDANE : 0;
        double x1 = group.numerator() + correction;
        double n1 = group.denominator() + 2 * correction;
        double x2 = reference.numerator() + correction;
        double n2 = reference.denominator() + 2 * correction;
        double logRatio = Math.log(x1 / n1) - Math.log(x2 / n2);
        // 1/x − 1/n written as (n − x)/(x·n): no cancellation when x is close to n.
        double se = Math.sqrt((n1 - x1) / (x1 * n1) + (n2 - x2) / (x2 * n2));
        double halfWidth = level.z() * se;
        return new Ratio(Math.exp(logRatio), new ConfidenceInterval(Math.exp(logRatio - halfWidth),
                Math.exp(logRatio + halfWidth), level, IntervalMethod.LOG_RATIO), corrected);
    }

    /**
     * {@code group / value} for a fixed reference value, with the group's Wilson interval divided by it.
     *
     * @throws IllegalArgumentException if the value is not positive
     */
    public static Ratio againstValue(Proportion group, double value, ConfidenceLevel level) {
        if (!(value > 0)) {
            throw new IllegalArgumentException("A ratio needs a positive reference value, got " + value);
        }
        ConfidenceInterval wilson = group.wilson(level);
        return new Ratio(group.value() / value, new ConfidenceInterval(wilson.lower() / value, wilson.upper() / value,
                level, IntervalMethod.WILSON), false);
    }
}
