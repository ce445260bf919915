package org.stratum.core.equity.disparity;

import java.util.List;
import org.stratum.core.equity.rate.NoEstimate;

/**
 * What every measure needs from the groups: population shares {@code p_j = n_j/Σn}, the
 * population-weighted mean {@code μ = Σ p_j y_j} and, for ordered groups, the relative rank (ridit
 * midpoint) {@code X_j = Σ_{k<j} p_k + p_j/2} (Harper &amp; Lynch 2005; PHEindicatormethods
 * {@code FindXValues}; HEAT {@code midPointProp}).
 */
final class PopulationShares {

    final List<GroupEstimate> groups;
    final double[] share;
    final double[] value;
    final double[] se;
    final double mean;

    private PopulationShares(List<GroupEstimate> groups) {
        this.groups = groups;
        int size = groups.size();
        double total = groups.stream().mapToDouble(GroupEstimate::population).sum();
        share = new double[size];
        value = new double[size];
        se = new double[size];
        double weighted = 0;
        for (int j = 0; j < size; j++) {
            GroupEstimate g = groups.get(j);
            share[j] = g.population() / total;
            value[j] = g.value();
            se[j] = g.standardError();
            weighted += share[j] * value[j];
        }
        mean = weighted;
    }

    /**
     * @throws InvalidGroupEstimates with fewer than {@code minimum} groups
     */
    static PopulationShares of(List<GroupEstimate> groups, int minimum, String measure) {
        if (groups.size() < minimum) {
            throw new InvalidGroupEstimates(measure + " needs at least " + minimum + " groups, got " + groups.size());
        }
        return new PopulationShares(List.copyOf(groups));
    }

    int size() {
        return share.length;
    }

    /** The relative ranks, in list order (most disadvantaged first). */
    double[] ridits() {
        double[] ridit = new double[size()];
        double cumulative = 0;
        for (int j = 0; j < size(); j++) {
            ridit[j] = cumulative + share[j] / 2;
            cumulative += share[j];
        }
        return ridit;
    }

    /** Throws when any value is negative, or all are zero: ratios to the mean need a positive mean. */
    void requireRates(String measure) {
        for (GroupEstimate g : groups) {
            if (g.value() < 0) {
                throw new InvalidGroupEstimates(measure + " needs rates of at least 0; " + g.group() + " has " + g.value());
            }
        }
        if (!(mean > 0)) {
            throw new NoEstimate(measure + " is undefined when every group's rate is 0");
        }
    }
}
