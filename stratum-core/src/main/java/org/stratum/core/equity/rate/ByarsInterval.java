package org.stratum.core.equity.rate;

import java.util.OptionalDouble;

/**
 * Byar's approximation to the Poisson confidence limits of an observed count O (Breslow NE, Day NE,
 * <i>Statistical Methods in Cancer Research</i> vol. II, IARC 1987), as PHEindicatormethods writes it
 * ({@code R/utils.R::byars_lower/byars_upper}):
 *
 * <pre>  L = O·(1 − 1/(9O) − z/(3√O))³
 *  U = (O + 1)·(1 − 1/(9(O + 1)) + z/(3√(O + 1)))³</pre>
 *
 * <p>For very small O or a level very close to 1 the lower formula goes negative (at O = 0 it is
 * undefined): there is then no Byar lower limit, as PHEindicatormethods reports with NA. That is why
 * {@link Rate} uses exact limits below 10 events; {@link #lowerLimit} says so with an empty result.
 */
public final class ByarsInterval {

    private ByarsInterval() {
    }

    /** The lower limit for the count, or empty where Byar's formula gives none (negative or O = 0). */
    public static OptionalDouble lowerLimit(double observed, ConfidenceLevel level) {
        requireCount(observed);
        double z = level.z();
        double lower = observed * Math.pow(1 - 1 / (9 * observed) - z / (3 * Math.sqrt(observed)), 3);
        return observed > 0 && lower >= 0 ? OptionalDouble.of(lower) : OptionalDouble.empty();
    }

    /** The upper limit for the count. */
    public static double upperLimit(double observed, ConfidenceLevel level) {
        requireCount(observed);
        double z = level.z();
        double next = observed + 1;
        return next * Math.pow(1 - 1 / (9 * next) + z / (3 * Math.sqrt(next)), 3);
    }

    /**
     * Both limits for the count.
     *
     * @throws NoEstimate where Byar's formula gives no lower limit (use {@link ExactPoissonInterval})
     */
    public static ConfidenceInterval of(double observed, ConfidenceLevel level) {
        double lower = lowerLimit(observed, level).orElseThrow(() -> new NoEstimate("Byar's approximation gives no "
                + "lower limit for " + observed + " events at " + level + "; use exact Poisson limits"));
        return new ConfidenceInterval(lower, upperLimit(observed, level), level, IntervalMethod.BYAR);
    }

    private static void requireCount(double observed) {
        if (!(observed >= 0) || Double.isInfinite(observed)) {
            throw new InvalidCounts("Observed events must be a finite count of at least 0, got " + observed);
        }
    }
}
