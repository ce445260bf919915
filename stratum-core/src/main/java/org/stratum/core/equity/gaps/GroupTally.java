package org.stratum.core.equity.gaps;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.equity.decomposition.StratumCount;

/**
 * One group's counts in one slice: eligible patients and how many met the measure, and the same
 * counts broken down by each composition factor (site, payer) for the decomposition of a gap.
 *
 * @param group      the group's label, e.g. "Hispanic or Latino"
 * @param breakdowns by factor name, the group's counts per stratum; each breakdown must add up to the totals
 * @throws IllegalArgumentException if a breakdown does not add up to the group's counts
 */
public record GroupTally(String group, long numerator, long denominator, Map<String, List<StratumCount>> breakdowns) {

    public GroupTally {
        Objects.requireNonNull(group, "group");
        new GroupCount(group, numerator, denominator); // validates the counts
        Map<String, List<StratumCount>> copy = new LinkedHashMap<>();
        breakdowns.forEach((factor, strata) -> {
            double met = strata.stream().mapToDouble(StratumCount::numerator).sum();
            double eligible = strata.stream().mapToDouble(StratumCount::denominator).sum();
            if (met != numerator || eligible != denominator) {
                throw new IllegalArgumentException("The breakdown of " + group + " by " + factor + " adds up to " + met
                        + " of " + eligible + ", not " + numerator + " of " + denominator);
            }
            copy.put(factor, List.copyOf(strata));
        });
        breakdowns = Collections.unmodifiableMap(copy);
    }

    /** A group without breakdowns: its gaps are not decomposed. */
    public static GroupTally of(String group, long numerator, long denominator) {
        return new GroupTally(group, numerator, denominator, Map.of());
    }

    public GroupCount count() {
        return new GroupCount(group, numerator, denominator);
    }
}
