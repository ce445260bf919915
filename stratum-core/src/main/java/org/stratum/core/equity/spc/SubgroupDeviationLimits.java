package org.stratum.core.equity.spc;

/**
 * S chart, as qicharts2's {@code qic.s}: each point is the subgroup's standard deviation; centre =
 * s̄ ({@link SubgroupSpread}); limits B3(nᵢ)·s̄ and B4(nᵢ)·s̄ (Montgomery eqs. 6.27–6.28, 6.31).
 */
final class SubgroupDeviationLimits implements PhaseLimits {

    @Override
    public PhaseLines compute(PhaseSeries phase) {
        int n = phase.size();
        double[] values = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] lowerWarning = new double[n];
        double[] upperWarning = new double[n];
        double centre = SubgroupSpread.of(phase);
        for (int i = 0; i < n; i++) {
            Subgroup s = phase.get(i);
            values[i] = s.standardDeviation();
            lower[i] = SubgroupConstants.b3(s.size(), 3) * centre;
            upper[i] = SubgroupConstants.b4(s.size(), 3) * centre;
            lowerWarning[i] = SubgroupConstants.b3(s.size(), 2) * centre;
            upperWarning[i] = SubgroupConstants.b4(s.size(), 2) * centre;
        }
        return new PhaseLines(values, PhaseLines.filled(n, centre), lower, upper, lowerWarning, upperWarning);
    }
}
