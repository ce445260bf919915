package org.stratum.engine.generate.truth;

import java.util.Map;
import java.util.TreeMap;
import org.stratum.engine.generate.people.Person;

/**
 * Counts, for each planted inequity, how many patients the generator intended to be in the
 * measure's denominator and how many of them it made meet the goal, broken down the ways the
 * ground-truth file reports. One tally per worker block; blocks are added up in order.
 */
public final class TruthTally {
    /** inequity id → breakdown → stratum → {eligible, met}. */
    private final Map<String, Map<String, Map<String, long[]>>> counts = new TreeMap<>();

    public void record(PlantedInequity inequity, Person person, boolean met) {
        Map<String, Map<String, long[]>> byBreakdown = counts.computeIfAbsent(inequity.id(), k -> new TreeMap<>());
        for (PlantedInequity.Breakdown breakdown : inequity.breakdowns()) {
            long[] cell = byBreakdown.computeIfAbsent(breakdown.name(), k -> new TreeMap<>())
                    .computeIfAbsent(breakdown.stratum().apply(person), k -> new long[2]);
            cell[0]++;
            if (met) {
                cell[1]++;
            }
        }
    }

    public void add(TruthTally other) {
        other.counts.forEach((id, breakdowns) -> breakdowns.forEach((breakdown, strata) -> strata.forEach((stratum, cell) -> {
            long[] mine = counts.computeIfAbsent(id, k -> new TreeMap<>())
                    .computeIfAbsent(breakdown, k -> new TreeMap<>())
                    .computeIfAbsent(stratum, k -> new long[2]);
            mine[0] += cell[0];
            mine[1] += cell[1];
        })));
    }

    /** {eligible, met} per stratum of one breakdown of one inequity; empty when nobody was eligible. */
    public Map<String, long[]> cells(PlantedInequity inequity, String breakdown) {
        return counts.getOrDefault(inequity.id(), Map.of()).getOrDefault(breakdown, Map.of());
    }
}
