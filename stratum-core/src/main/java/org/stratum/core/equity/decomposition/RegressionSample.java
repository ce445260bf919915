package org.stratum.core.equity.decomposition;

/**
 * One group's data for an Oaxaca–Blinder decomposition: an outcome per person and the same
 * regressors for each. The constant is added by the decomposition, not given here.
 *
 * @param outcomes the outcome of each person (a linear probability model when it is 0/1)
 * @param regressors one row per person, one column per regressor
 */
public record RegressionSample(double[] outcomes, double[][] regressors) {

    public RegressionSample {
        if (outcomes.length != regressors.length) {
            throw new InvalidDecomposition(outcomes.length + " outcomes but " + regressors.length + " rows of regressors");
        }
        if (outcomes.length == 0) {
            throw new InvalidDecomposition("a group needs at least one person");
        }
        int width = regressors[0].length;
        for (double[] row : regressors) {
            if (row.length != width) {
                throw new InvalidDecomposition("every row needs " + width + " regressors, one has " + row.length);
            }
        }
        outcomes = outcomes.clone();
        regressors = regressors.clone();
    }

    public int size() {
        return outcomes.length;
    }

    public int regressorCount() {
        return regressors[0].length;
    }

    /** The group's means: 1 for the constant, then each regressor's mean. */
    double[] meansWithConstant() {
        double[] means = new double[regressorCount() + 1];
        means[0] = 1;
        for (double[] row : regressors) {
            for (int j = 0; j < row.length; j++) {
                means[j + 1] += row[j] / size();
            }
        }
        return means;
    }

    double meanOutcome() {
        double sum = 0;
        for (double y : outcomes) {
            sum += y;
        }
        return sum / size();
    }
}
