package org.stratum.core.equity.spc;

/**
 * X̄ chart, as qicharts2's {@code qic.xbar}: centre = grand mean Σnᵢx̄ᵢ/Σnᵢ over the baseline
 * (Montgomery eq. 6.30); limits centre ± A3(nᵢ)·s̄, where s̄ is the mean subgroup standard deviation
 * when every subgroup has the same size (eq. 6.29) and the pooled √(Σ(nᵢ−1)sᵢ²/Σ(nᵢ−1)) when sizes
 * vary (eq. 6.31). See {@link SubgroupSpread} for how an empty subgroup enters the pooled figure.
 */
final class SubgroupMeanLimits implements PhaseLimits {

    @Override
    public PhaseLines compute(PhaseSeries phase) {
        int n = phase.size();
        double[] values = new double[n];
        double weighted = 0;
        double sizes = 0;
        for (int i = 0; i < n; i++) {
            Subgroup s = phase.get(i);
            values[i] = s.mean();
            if (phase.baseline()[i]) {
                sizes += s.size();
                if (!Double.isNaN(s.mean())) {
                    weighted += s.size() * s.mean();
                }
            }
        }
        double centre = sizes > 0 ? weighted / sizes : Double.NaN;
        double spread = SubgroupSpread.of(phase);
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] lowerWarning = new double[n];
        double[] upperWarning = new double[n];
        for (int i = 0; i < n; i++) {
            double size = phase.get(i).size();
            lower[i] = centre - SubgroupConstants.a3(size, 3) * spread;
            upper[i] = centre + SubgroupConstants.a3(size, 3) * spread;
            lowerWarning[i] = centre - SubgroupConstants.a3(size, 2) * spread;
            upperWarning[i] = centre + SubgroupConstants.a3(size, 2) * spread;
        }
        return new PhaseLines(values, PhaseLines.filled(n, centre), lower, upper, lowerWarning, upperWarning);
    }
}
