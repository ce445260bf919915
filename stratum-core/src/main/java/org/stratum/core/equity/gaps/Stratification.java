package org.stratum.core.equity.gaps;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One measure in one slice, split by one dimension (race and ethnicity in a tabulation whose strata
 * do not overlap, preferred language, interpreter need): the groups that are each compared with
 * everyone else in the slice.
 *
 * @param groups every group of the dimension in the slice, so that together they are the whole
 *               slice and "everyone else" is the slice minus the group
 * @throws IllegalArgumentException if two groups share a label
 */
public record Stratification(ScannedMeasure measure, Slice slice, String dimension, List<GroupTally> groups) {

    public Stratification {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(slice, "slice");
        Objects.requireNonNull(dimension, "dimension");
        groups = List.copyOf(groups);
        if (new HashSet<>(groups.stream().map(GroupTally::group).toList()).size() != groups.size()) {
            throw new IllegalArgumentException("Groups of " + dimension + " must have distinct labels: "
                    + groups.stream().map(GroupTally::group).toList());
        }
    }
}
