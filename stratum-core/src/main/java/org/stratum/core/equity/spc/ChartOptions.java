package org.stratum.core.equity.spc;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * How to draw a chart. Points are numbered from 0 in time order. Start from {@link #of(ChartType)}
 * and refine; every refinement returns a new value.
 *
 * @param type the kind of chart
 * @param freezeAfter compute the centre line and limits from the first {@code freezeAfter} points only
 *     and extend them over the rest (a baseline); 0 to use every point. Not combined with phases.
 * @param phaseStarts the first point of each new phase (after a change was introduced); each phase
 *     gets its own centre line, limits and runs analysis. qicharts2's {@code part = k} is a phase
 *     starting at point k
 * @param excluded points drawn and judged but left out of the centre line and limits (a known
 *     special cause), and out of the runs analysis, as qicharts2's {@code exclude}
 * @param multiplier scale for display (100 for percentages, 10,000 for rates per 10,000 days);
 *     applied to values, centre and limits after they are computed
 * @param runsRules the runs rules; {@link RunsRules#ANHOEJ} by default
 * @param categorical the x axis has no time order (a funnel plot across sites): runs are not
 *     interpreted and Laney's σz is a standard deviation, not a moving range
 * @param screenMovingRanges drop moving ranges at or above 3.267 × their average before computing
 *     σ (Nelson 1982); off by default, as {@code getOption("qic.screenedmr", FALSE)}
 */
public record ChartOptions(ChartType type, int freezeAfter, List<Integer> phaseStarts, Set<Integer> excluded,
        double multiplier, RunsRules runsRules, boolean categorical, boolean screenMovingRanges) {

    public ChartOptions {
        if (type == null || runsRules == null) {
            throw new InvalidChart("a chart needs a type and runs rules");
        }
        if (freezeAfter < 0) {
            throw new InvalidChart("cannot freeze after " + freezeAfter + " points");
        }
        phaseStarts = List.copyOf(new TreeSet<>(phaseStarts));
        excluded = Set.copyOf(excluded);
        if (phaseStarts.stream().anyMatch(p -> p <= 0)) {
            throw new InvalidChart("a new phase must start after the first point: " + phaseStarts);
        }
        if (excluded.stream().anyMatch(p -> p < 0)) {
            throw new InvalidChart("points are numbered from 0: cannot exclude " + excluded);
        }
        if (freezeAfter > 0 && !phaseStarts.isEmpty()) {
            // qicharts2 ignores freeze when parts are given; we refuse rather than silently drop one.
            throw new InvalidChart("choose either a frozen baseline or phases, not both");
        }
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new InvalidChart("multiplier must be positive: " + multiplier);
        }
    }

    /** A chart of this type with every default: no freeze, one phase, nothing excluded, Anhøj rules. */
    public static ChartOptions of(ChartType type) {
        return new ChartOptions(type, 0, List.of(), Set.of(), 1, RunsRules.ANHOEJ, false, false);
    }

    /** Limits from the first {@code points} points only. */
    public ChartOptions frozenAfter(int points) {
        return new ChartOptions(type, points, phaseStarts, excluded, multiplier, runsRules, categorical,
                screenMovingRanges);
    }

    /** New phases starting at these points (replacing any given before). */
    public ChartOptions withPhasesStartingAt(int... firstPoints) {
        return new ChartOptions(type, freezeAfter, IntStream.of(firstPoints).boxed().toList(), excluded, multiplier,
                runsRules, categorical, screenMovingRanges);
    }

    /** These points left out of the centre line, limits and runs analysis (replacing any given before). */
    public ChartOptions excluding(int... points) {
        return new ChartOptions(type, freezeAfter, phaseStarts, Set.copyOf(IntStream.of(points).boxed().toList()),
                multiplier, runsRules, categorical, screenMovingRanges);
    }

    public ChartOptions multipliedBy(double factor) {
        return new ChartOptions(type, freezeAfter, phaseStarts, excluded, factor, runsRules, categorical,
                screenMovingRanges);
    }

    public ChartOptions judgedBy(RunsRules rules) {
        return new ChartOptions(type, freezeAfter, phaseStarts, excluded, multiplier, rules, categorical,
                screenMovingRanges);
    }

    /** The x axis is categories (sites, clinicians), not time. */
    public ChartOptions acrossCategories() {
        return new ChartOptions(type, freezeAfter, phaseStarts, excluded, multiplier, runsRules, true,
                screenMovingRanges);
    }

    public ChartOptions screeningMovingRanges() {
        return new ChartOptions(type, freezeAfter, phaseStarts, excluded, multiplier, runsRules, categorical, true);
    }
}
