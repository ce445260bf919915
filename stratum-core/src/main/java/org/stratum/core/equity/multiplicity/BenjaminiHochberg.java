package org.stratum.core.equity.multiplicity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini–Hochberg false-discovery-rate control (Benjamini Y, Hochberg Y. Controlling the false
 * discovery rate. J R Stat Soc B 1995;57:289–300). The gap finder compares many groups on many
 * measures; at p ≤ 0.05 each, about one comparison in twenty would look like a gap by chance alone.
 * BH keeps the expected share of false gaps among the flagged ones at the chosen rate.
 *
 * <p>Adjusted p-values follow R's {@code p.adjust(p, method = "BH")}: with p sorted ascending,
 * {@code q(i) = min over j ≥ i of min(1, m·p(j)/j)}. A comparison is a discovery when its q-value is
 * at most the rate, which is the same set as the step-up rule "reject the k smallest, k the largest i
 * with p(i) ≤ i·rate/m". The procedure assumes independent or positively dependent tests (Benjamini
 * & Yekutieli 2001), which comparisons of groups with one reference are.
 */
public final class BenjaminiHochberg {
    /** The rate most programmes use, matching the AHRQ p ≤ 0.05 convention for a single test. */
    public static final double DEFAULT_FDR = 0.05;

    private final double fdr;

    public BenjaminiHochberg(double fdr) {
        if (!(fdr > 0 && fdr < 1)) {
            throw new IllegalArgumentException("false discovery rate must be in (0, 1), was " + fdr);
        }
        this.fdr = fdr;
    }

    public static BenjaminiHochberg atDefaultRate() {
        return new BenjaminiHochberg(DEFAULT_FDR);
    }

    public double fdr() {
        return fdr;
    }

    /** Adjusted p-values (q-values), in the order given; an empty family gives an empty result. */
    public static double[] adjust(double... pValues) {
        validate(pValues);
        int m = pValues.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] q = new double[m];
        double running = 1.0;
        // Walk from the largest p down, carrying the minimum so q is monotone in p; (m / rank) · p in R's
            // order of operations, so results agree with p.adjust to the last bit.
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, (double) m / rank * pValues[i]);
            q[i] = running;
        }
        return q;
    }

    /** Adjusts the family and marks the discoveries at this rate. */
    public Discoveries control(double... pValues) {
        double[] q = adjust(pValues);
        boolean[] rejected = new boolean[q.length];
        for (int i = 0; i < q.length; i++) {
            rejected[i] = q[i] <= fdr;
        }
        return new Discoveries(pValues, q, rejected, fdr);
    }

    private static void validate(double[] pValues) {
        for (int i = 0; i < pValues.length; i++) {
            double p = pValues[i];
            if (!(p >= 0 && p <= 1)) {
                throw new InvalidPValue(i, p);
            }
        }
    }
}
