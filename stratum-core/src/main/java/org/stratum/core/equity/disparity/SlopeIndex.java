package org.stratum.core.equity.disparity;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.stratum.core.equity.rate.ConfidenceInterval;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.rate.IntervalMethod;

/**
 * A fitted slope index of inequality: the fitted values at the most disadvantaged end (relative rank
 * 0, the intercept) and the least (rank 1), their difference and ratio.
 *
 * @param sii the slope: fitted value at rank 1 minus at rank 0
 * @param rii PHEindicatormethods' relative index, fitted value at rank 1 over at rank 0, {@code (β₀ + β₁)/β₀}
 *     (the Kunst–Mackenbach form; HEAT calls it KMI)
 * @param intercept the fitted value at rank 0
 * @param mean the population-weighted mean of the values
 * @param siiStandardError analytic, when the fit is linear in the values (see {@link SlopeIndexOfInequality})
 * @param standardErrorBasis where the standard error comes from, or why there is none
 */
public record SlopeIndex(double sii, double rii, double intercept, double mean, OptionalDouble siiStandardError,
        String standardErrorBasis) {

    public SlopeIndex {
        Objects.requireNonNull(siiStandardError, "siiStandardError");
        Objects.requireNonNull(standardErrorBasis, "standardErrorBasis");
    }

    /** Harper &amp; Lynch's (Pamuk's) relative index of inequality, {@code SII / μ}. */
    public double siiRelativeToMean() {
        return sii / mean;
    }

    /** {@code SII ± z·SE}, when the standard error is analytic. */
    public Optional<ConfidenceInterval> siiInterval(ConfidenceLevel level) {
        if (siiStandardError.isEmpty()) {
            return Optional.empty();
        }
        double halfWidth = level.z() * siiStandardError.getAsDouble();
        return Optional.of(new ConfidenceInterval(sii - halfWidth, sii + halfWidth, level,
                IntervalMethod.NORMAL_APPROXIMATION));
    }
}
