package org.stratum.core.equity.compare;

import java.util.Comparator;
import java.util.List;
import org.stratum.core.equity.Direction;

/** Picks the reference group for the choices that name one: best-performing, largest or named. */
final class ReferenceGroup {

    private ReferenceGroup() {
    }

    /** The reference group, or null when the choice is not a group or no group has patients. */
    static GroupCount select(Reference reference, Direction direction, List<GroupCount> groups) {
        return switch (reference.choice()) {
            case BEST_GROUP -> groups.stream().filter(g -> g.denominator() > 0)
                    // Best = fewest adverse outcomes, read from the adverse counts so that a measure and its
                    // complement pick the same group; ties go to the larger group (more precise), then the name.
                    .min(Comparator.<GroupCount>comparingDouble(g -> g.adverse(direction).value())
                            .thenComparing(GroupCount::denominator, Comparator.reverseOrder())
                            .thenComparing(GroupCount::group))
                    .orElse(null);
            case LARGEST_GROUP -> groups.stream()
                    .min(Comparator.comparing(GroupCount::denominator, Comparator.reverseOrder())
                            .thenComparing(GroupCount::group))
                    .orElse(null);
            case NAMED_GROUP -> groups.stream().filter(g -> g.group().equals(reference.group())).findFirst()
                    .orElseThrow(() -> new UnknownGroup(reference.group()));
            case EVERYONE_ELSE, OVERALL, TARGET -> null;
        };
    }
}
