package org.stratum.core.equity.disparity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * HEAT's closed form for the variance of BGV against the textbook variance of a quadratic form
 * {@code yᵀAy} with {@code A = diag(p) − ppᵀ} and independent normal y (covariance Σ = diag(se²)):
 * {@code 4 θᵀAΣAθ + 2 tr(AΣAΣ)}, computed here with explicit matrices.
 */
class BetweenGroupVarianceTest {

    @Test
    void heatsFormulaIsTheVarianceOfTheQuadraticForm() {
        List<GroupEstimate> groups = List.of(new GroupEstimate("a", 12.5, 1.1, 340), new GroupEstimate("b", 9.0, 0.7, 910),
                new GroupEstimate("c", 15.2, 2.3, 120), new GroupEstimate("d", 11.1, 0.9, 505));
        int n = groups.size();
        double total = groups.stream().mapToDouble(GroupEstimate::population).sum();
        double[] p = groups.stream().mapToDouble(g -> g.population() / total).toArray();
        double[] y = groups.stream().mapToDouble(GroupEstimate::value).toArray();
        double[] s2 = groups.stream().mapToDouble(g -> g.standardError() * g.standardError()).toArray();
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = (i == j ? p[i] : 0) - p[i] * p[j];
            }
        }
        double[] ay = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                ay[i] += a[i][j] * y[j];
            }
        }
        double quadratic = 0;
        double trace = 0;
        for (int i = 0; i < n; i++) {
            quadratic += ay[i] * s2[i] * ay[i];
            for (int j = 0; j < n; j++) {
                trace += a[i][j] * s2[j] * a[j][i] * s2[i];
            }
        }
        double variance = 4 * quadratic + 2 * trace;
        assertThat(BetweenGroupVariance.of(groups).standardError()).hasValueCloseTo(Math.sqrt(variance), within(1e-12));
    }
}
