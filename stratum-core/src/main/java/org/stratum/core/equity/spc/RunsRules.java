package org.stratum.core.equity.spc;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Which rules decide that the runs of a chart show non-random variation. Both count the same things
 * over the points not on the centre line ("useful" points); they differ in the thresholds and in
 * which patterns they look for. The default is {@link #ANHOEJ}, as in qicharts2.
 */
public enum RunsRules {
    /**
     * Anhøj's rules (qicharts2's default, {@code method = "anhoej"}): a shift when the longest run
     * exceeds round(log₂ n) + 3 (Schilling 2012), too few crossings when they fall below the 5%
     * quantile of Binomial(n − 1, ½) (Chen 2010). No trend rule: Anhøj &amp; Olesen (2014) showed it
     * adds false signals without detecting drift. The false-signal rate stays near 5% whatever n.
     */
    ANHOEJ {
        @Override
        int longestRunMax(int useful) {
            // round(log2 n) is never exactly .5 for integer n, so the rounding mode does not matter.
            return (int) Math.round(Math.log(useful) / Math.log(2)) + 3;
        }

        @Override
        int crossingsMin(int useful) {
            return binomialQuantile(0.05, useful);
        }

        @Override
        int crossingsMax(int useful) {
            return Math.max(useful - 1, 0);
        }

        @Override
        int longestTrendMax(int observations) {
            return observations;
        }
    },
    /**
     * The IHI run-chart rules (Perla, Provost &amp; Murray 2011): a shift is 6 or more points on one side
     * of the median (longest run above 5); a trend is 5 or more points each higher, or each lower,
     * than the last, repeated values counting once; too few or too many runs. The runs check uses the
     * same Binomial(n − 1, ½) model of crossings as Anhøj's rule, two-sided at 2.5% per tail, in place
     * of the printed Swed–Eisenhart table (see docs/statistics.md, Part III for how they differ).
     */
    IHI {
        @Override
        int longestRunMax(int useful) {
            return 5;
        }

        @Override
        int crossingsMin(int useful) {
            return binomialQuantile(0.025, useful);
        }

        @Override
        int crossingsMax(int useful) {
            // Binomial(n − 1, ½) is symmetric, so the upper 2.5% bound mirrors the lower one.
            return Math.max(useful - 1, 0) - crossingsMin(useful);
        }

        @Override
        int longestTrendMax(int observations) {
            return 4;
        }
    };

    /** The longest run that is not a shift, for {@code useful} points off the centre line. */
    abstract int longestRunMax(int useful);

    /** The fewest crossings that are not a signal. */
    abstract int crossingsMin(int useful);

    /** The most crossings that are not a signal (n − 1, the most possible, when the rules have no such check). */
    abstract int crossingsMax(int useful);

    /** The longest trend, in points, that is not a signal (the number of points when there is no trend rule). */
    abstract int longestTrendMax(int observations);

    /**
     * R's {@code qbinom(p, n - 1, 0.5)}: the smallest x with P(X ≤ x) ≥ p. Commons Statistics'
     * inverse cumulative probability has the same definition.
     */
    static int binomialQuantile(double p, int useful) {
        return BinomialDistribution.of(Math.max(useful - 1, 0), 0.5).inverseCumulativeProbability(p);
    }
}
