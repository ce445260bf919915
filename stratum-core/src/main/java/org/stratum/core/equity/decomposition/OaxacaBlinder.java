package org.stratum.core.equity.decomposition;

import java.util.Arrays;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * The Oaxaca–Blinder decomposition of the gap in mean outcome between groups A and B (Oaxaca 1973;
 * Blinder 1973), with the conventions of Jann's Stata {@code oaxaca} (Jann 2008): a constant in
 * every regression, ordinary least squares per group (by QR decomposition, Commons Math), so each
 * group's mean outcome is exactly X̄′β and the parts add up to the gap. Reproduces Stata's results
 * on statsmodels' {@code ccard} data (see the test).
 */
public final class OaxacaBlinder {

    private final double[] meansA;
    private final double[] meansB;
    private final double[] coefficientsA;
    private final double[] coefficientsB;
    private final double gap;
    private final RegressionSample a;
    private final RegressionSample b;

    private OaxacaBlinder(RegressionSample a, RegressionSample b) {
        if (a.regressorCount() != b.regressorCount()) {
            throw new InvalidDecomposition("group A has " + a.regressorCount() + " regressors, group B " + b.regressorCount());
        }
        this.a = a;
        this.b = b;
        this.meansA = a.meansWithConstant();
        this.meansB = b.meansWithConstant();
        this.coefficientsA = fit(a.outcomes(), a.regressors(), "group A");
        this.coefficientsB = fit(b.outcomes(), b.regressors(), "group B");
        this.gap = a.meanOutcome() - b.meanOutcome();
    }

    /** Decomposes ȳ_A − ȳ_B. */
    public static OaxacaBlinder of(RegressionSample groupA, RegressionSample groupB) {
        return new OaxacaBlinder(groupA, groupB);
    }

    /** ȳ_A − ȳ_B. */
    public double gap() {
        return gap;
    }

    public ThreefoldDecomposition threefold() {
        double endowments = 0;
        double coefficients = 0;
        double interaction = 0;
        for (int j = 0; j < meansA.length; j++) {
            double dx = meansA[j] - meansB[j];
            double db = coefficientsA[j] - coefficientsB[j];
            endowments += dx * coefficientsB[j];
            coefficients += meansB[j] * db;
            interaction += dx * db;
        }
        return new ThreefoldDecomposition(endowments, coefficients, interaction);
    }

    public TwofoldDecomposition twofold(TwofoldReference reference) {
        double[] star = switch (reference) {
            case GROUP_A -> coefficientsA;
            case GROUP_B -> coefficientsB;
            case POOLED -> pooled(true);
            case NEUMARK -> pooled(false);
        };
        double explained = 0;
        double unexplained = 0;
        for (int j = 0; j < meansA.length; j++) {
            explained += (meansA[j] - meansB[j]) * star[j];
            unexplained += meansA[j] * (coefficientsA[j] - star[j]) + meansB[j] * (star[j] - coefficientsB[j]);
        }
        return new TwofoldDecomposition(reference, explained, unexplained);
    }

    /** β from one regression over both groups, with or without a group indicator (then dropped). */
    private double[] pooled(boolean withIndicator) {
        int k = a.regressorCount();
        int n = a.size() + b.size();
        double[] y = new double[n];
        double[][] x = new double[n][k + (withIndicator ? 1 : 0)];
        for (int i = 0; i < n; i++) {
            boolean inA = i < a.size();
            RegressionSample group = inA ? a : b;
            int row = inA ? i : i - a.size();
            y[i] = group.outcomes()[row];
            System.arraycopy(group.regressors()[row], 0, x[i], 0, k);
            if (withIndicator) {
                x[i][k] = inA ? 1 : 0;
            }
        }
        double[] fitted = fit(y, x, "the pooled sample");
        return Arrays.copyOf(fitted, k + 1);
    }

    /** Least squares with a constant: [β₀, β₁, …]. */
    private static double[] fit(double[] y, double[][] x, String sample) {
        if (y.length <= x[0].length + 1) {
            throw new InvalidDecomposition(sample + " has " + y.length + " people, too few for "
                    + x[0].length + " regressors and a constant");
        }
        try {
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.newSampleData(y, x);
            return ols.estimateRegressionParameters();
        } catch (SingularMatrixException e) {
            throw new InvalidDecomposition("the regressors of " + sample + " are collinear", e);
        }
    }
}
