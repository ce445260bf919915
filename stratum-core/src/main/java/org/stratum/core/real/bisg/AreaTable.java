package org.stratum.core.real.bisg;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * P(group | area) from counts of adults by group in each area (ZCTA, tract or block group), and
 * P(group) from their sum, the national composition the update divides by. Both come from the same
 * table so that they describe the same population.
 */
public final class AreaTable {
    private final Map<String, GroupProbabilities> byArea;
    private final GroupProbabilities national;

    private AreaTable(Map<String, GroupProbabilities> byArea, GroupProbabilities national) {
        this.byArea = Map.copyOf(byArea);
        this.national = national;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return byArea.size();
    }

    /** The area's composition; empty for an area not in the table or with no adults counted. */
    public Optional<GroupProbabilities> lookup(String area) {
        return area == null ? Optional.empty() : Optional.ofNullable(byArea.get(area.strip()));
    }

    public GroupProbabilities national() {
        return national;
    }

    /** Collects the table's rows and adds up the national counts. */
    public static final class Builder {
        private final Map<String, GroupProbabilities> byArea = new HashMap<>();
        private final double[] totals = new double[BisgGroup.values().length];

        private Builder() {
        }

        /**
         * Adds one area's counts in {@link BisgGroup} order. An area with no one counted adds nothing
         * and stays unknown.
         *
         * @throws IllegalArgumentException if the area is blank or already in the table, or a count is
         *                                  negative
         */
        public Builder add(String area, double... counts) {
            if (area == null || area.isBlank()) {
                throw new IllegalArgumentException("the area code is empty");
            }
            if (byArea.containsKey(area)) {
                throw new IllegalArgumentException("the area " + area + " is in the table twice");
            }
            double total = 0;
            for (double count : counts) {
                if (!(count >= 0) || Double.isInfinite(count)) {
                    throw new IllegalArgumentException("a count must be a number of people, not " + count);
                }
                total += count;
            }
            if (total > 0) {
                byArea.put(area, GroupProbabilities.normalise(counts));
                for (int i = 0; i < counts.length; i++) {
                    totals[i] += counts[i];
                }
            }
            return this;
        }

        /** @throws IllegalStateException if no area counted anyone */
        public AreaTable build() {
            if (byArea.isEmpty()) {
                throw new IllegalStateException("the area table counts no one");
            }
            return new AreaTable(byArea, GroupProbabilities.normalise(totals));
        }
    }
}
