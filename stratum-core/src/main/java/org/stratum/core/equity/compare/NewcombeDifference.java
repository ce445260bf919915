package org.stratum.core.equity.compare;

import org.stratum.core.equity.rate.ConfidenceInterval;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.rate.IntervalMethod;
import org.stratum.core.equity.rate.Proportion;

/**
 * The difference of two independent proportions with Newcombe's hybrid score interval (Newcombe RG,
 * <i>Interval estimation for the difference between independent proportions: comparison of eleven
 * methods</i>, Stat Med 1998;17:873-890, method 10), built from the two Wilson intervals
 * {@code (l₁, u₁)} and {@code (l₂, u₂)}:
 *
 * <pre>  δ = p₁ − p₂
 *  L = δ − √((p₁ − l₁)² + (u₂ − p₂)²)
 *  U = δ + √((u₁ − p₁)² + (p₂ − l₂)²)</pre>
 *
 * <p>It needs no iteration, never leaves [−1, 1], is not degenerate at 0 or n, and Newcombe found its
 * coverage close to nominal, which is why it is our default rather than the Wald interval. Swapping
 * the groups negates it exactly.
 */
public final class NewcombeDifference {

    private NewcombeDifference() {
    }

    /**
     * {@code group − reference} with its interval.
     *
     * @throws org.stratum.core.equity.rate.NoEstimate if either proportion has an empty denominator
     */
    public static Difference between(Proportion group, Proportion reference, ConfidenceLevel level) {
        double p1 = group.value();
        double p2 = reference.value();
        ConfidenceInterval w1 = group.wilson(level);
        ConfidenceInterval w2 = reference.wilson(level);
        double delta = p1 - p2;
        double lower = delta - Math.hypot(p1 - w1.lower(), w2.upper() - p2);
        double upper = delta + Math.hypot(w1.upper() - p1, p2 - w2.lower());
        return new Difference(delta, new ConfidenceInterval(lower, upper, level, IntervalMethod.NEWCOMBE_HYBRID_SCORE));
    }
}
