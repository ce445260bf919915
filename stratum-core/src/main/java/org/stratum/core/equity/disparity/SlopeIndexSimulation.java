package org.stratum.core.equity.disparity;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.stratum.core.equity.rate.ConfidenceInterval;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.rate.IntervalMethod;

/**
 * Monte Carlo confidence intervals for the SII and RII, as PHEindicatormethods computes them
 * ({@code R/utils.R::SimulationFunc}): each repetition draws every group's value from
 * N(g(y_j), se_j) on the scale's transformed scale g, refits (transformed back first unless the fit itself
 * is on the transformed scale), and the limits are the sorted simulated values at positions
 * {@code round(reps·(1 − c′))} and {@code round(reps·c′)}, {@code c′ = level + (1 − level)/2}.
 *
 * <p>The seed makes a run reproducible; results match PHE's to Monte Carlo error only (its own tests
 * allow 5%), never digit for digit, because the random streams differ.
 */
public final class SlopeIndexSimulation {

    /** PHEindicatormethods' default. */
    public static final int DEFAULT_REPETITIONS = 100_000;

    private SlopeIndexSimulation() {
    }

    /**
     * @throws InvalidGroupEstimates with fewer than 2 groups, fewer than 1,000 repetitions (PHE's minimum),
     *     or values the scale cannot transform
     */
    public static SlopeIndexIntervals of(List<GroupEstimate> ordered, ValueScale scale, boolean fitOnTransformedScale,
            ConfidenceLevel level, int repetitions, long seed) {
        if (repetitions < 1000) {
            throw new InvalidGroupEstimates("At least 1,000 repetitions are needed, got " + repetitions);
        }
        ordered.forEach(scale::require);
        SlopeIndexOfInequality.Fit fit = SlopeIndexOfInequality.Fit.of(
                PopulationShares.of(ordered, 2, SlopeIndexOfInequality.NAME));
        int groups = ordered.size();
        double[] centre = new double[groups];
        for (int j = 0; j < groups; j++) {
            centre[j] = scale.transform(ordered.get(j).value());
        }
        UniformRandomProvider random = new SplittableRandom(seed)::nextLong;
        ContinuousDistribution.Sampler normal = NormalDistribution.of(0, 1).createSampler(random);
        double[] sii = new double[repetitions];
        double[] rii = new double[repetitions];
        double[] y = new double[groups];
        for (int r = 0; r < repetitions; r++) {
            for (int j = 0; j < groups; j++) {
                double draw = centre[j] + ordered.get(j).standardError() * normal.sample();
                y[j] = fitOnTransformedScale ? draw : scale.inverse(draw);
            }
            double[] beta = fit.coefficients(y);
            double bottom = fitOnTransformedScale ? scale.inverse(beta[0]) : beta[0];
            double top = fitOnTransformedScale ? scale.inverse(beta[0] + beta[1]) : beta[0] + beta[1];
            sii[r] = top - bottom;
            rii[r] = top / bottom;
        }
        return new SlopeIndexIntervals(percentiles(sii, level), percentiles(rii, level));
    }

    private static ConfidenceInterval percentiles(double[] simulated, ConfidenceLevel level) {
        Arrays.sort(simulated);
        double upperProbability = level.level() + (1 - level.level()) / 2;
        // R's round() rounds half to even, as Math.rint does; positions are 1-based there.
        int lower = (int) Math.rint(simulated.length * (1 - upperProbability));
        int upper = (int) Math.rint(simulated.length * upperProbability);
        return new ConfidenceInterval(simulated[Math.max(lower, 1) - 1], simulated[Math.min(upper, simulated.length) - 1],
                level, IntervalMethod.SIMULATION);
    }
}
