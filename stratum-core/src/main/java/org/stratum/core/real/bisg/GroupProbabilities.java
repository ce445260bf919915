package org.stratum.core.real.bisg;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** A probability for each {@link BisgGroup}, non-negative and adding up to 1. */
public final class GroupProbabilities {
    private static final BisgGroup[] GROUPS = BisgGroup.values();
    private final double[] values;

    private GroupProbabilities(double[] values) {
        this.values = values;
    }

    /**
     * Scales non-negative weights (counts, percentages, unnormalised posteriors), given in
     * {@link BisgGroup} order, so that they add up to 1.
     *
     * @throws IllegalArgumentException if a weight is negative or not finite, or all are zero
     */
    public static GroupProbabilities normalise(double... weights) {
        if (weights.length != GROUPS.length) {
            throw new IllegalArgumentException("Expected " + GROUPS.length + " weights, got " + weights.length);
        }
        double total = 0;
        for (double weight : weights) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("Weights must be finite and not negative: " + Arrays.toString(weights));
            }
            total += weight;
        }
        if (total == 0) {
            throw new IllegalArgumentException("All weights are zero");
        }
        double[] scaled = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            scaled[i] = weights[i] / total;
        }
        return new GroupProbabilities(scaled);
    }

    public double of(BisgGroup group) {
        return values[group.ordinal()];
    }

    /** The values in {@link BisgGroup} order (a copy). */
    public double[] toArray() {
        return values.clone();
    }

    /** The most probable group; the first in {@link BisgGroup} order on a tie. */
    public BisgGroup mostLikely() {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return GROUPS[best];
    }

    public Map<BisgGroup, Double> asMap() {
        Map<BisgGroup, Double> map = new EnumMap<>(BisgGroup.class);
        for (BisgGroup group : GROUPS) {
            map.put(group, values[group.ordinal()]);
        }
        return map;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupProbabilities that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
