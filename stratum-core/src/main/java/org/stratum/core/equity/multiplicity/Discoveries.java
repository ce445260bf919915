package org.stratum.core.equity.multiplicity;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The outcome of false-discovery control over one family of comparisons, in the order the p-values
 * were given: each comparison's raw p-value, its adjusted p-value (q-value) and whether it is a
 * discovery at the chosen false discovery rate. The family size is kept so a result can say how
 * many comparisons were made.
 */
public record Discoveries(double[] pValues, double[] qValues, boolean[] rejected, double fdr) {

    public Discoveries {
        pValues = pValues.clone();
        qValues = qValues.clone();
        rejected = rejected.clone();
    }

    /** How many comparisons the family held: the m of Benjamini–Hochberg. */
    public int comparisons() {
        return pValues.length;
    }

    public double pValue(int index) {
        return pValues[index];
    }

    public double qValue(int index) {
        return qValues[index];
    }

    public boolean isDiscovery(int index) {
        return rejected[index];
    }

    /** Positions of the discoveries, ascending. */
    public int[] discoveries() {
        return IntStream.range(0, rejected.length).filter(i -> rejected[i]).toArray();
    }

    @Override
    public double[] pValues() {
        return pValues.clone();
    }

    @Override
    public double[] qValues() {
        return qValues.clone();
    }

    @Override
    public boolean[] rejected() {
        return rejected.clone();
    }

    @Override
    public String toString() {
        return "Discoveries[fdr=" + fdr + ", comparisons=" + comparisons() + ", discoveries="
                + Arrays.toString(discoveries()) + "]";
    }
}
