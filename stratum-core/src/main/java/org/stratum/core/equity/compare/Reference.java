package org.stratum.core.equity.compare;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The reference each group is compared with: a {@link ReferenceChoice} plus the group's name for
 * {@link ReferenceChoice#NAMED_GROUP} or the value for {@link ReferenceChoice#TARGET}.
 */
public record Reference(ReferenceChoice choice, String group, double target) {

    public Reference {
        Objects.requireNonNull(choice, "choice");
        if (choice == ReferenceChoice.NAMED_GROUP) {
            Objects.requireNonNull(group, "a named reference needs the group's name");
        }
        if (choice == ReferenceChoice.TARGET && !(target >= 0 && target <= 1)) {
            throw new IllegalArgumentException("A target is a proportion between 0 and 1, got " + target);
        }
    }

    public static Reference bestGroup() {
        return new Reference(ReferenceChoice.BEST_GROUP, null, Double.NaN);
    }

    public static Reference largestGroup() {
        return new Reference(ReferenceChoice.LARGEST_GROUP, null, Double.NaN);
    }

    public static Reference everyoneElse() {
        return new Reference(ReferenceChoice.EVERYONE_ELSE, null, Double.NaN);
    }

    public static Reference overall() {
        return new Reference(ReferenceChoice.OVERALL, null, Double.NaN);
    }

    public static Reference group(String name) {
        return new Reference(ReferenceChoice.NAMED_GROUP, name, Double.NaN);
    }

    /** A target on the measure's own scale: for a higher-is-better measure, the share that should meet it. */
    public static Reference target(double proportion) {
        return new Reference(ReferenceChoice.TARGET, null, proportion);
    }

    /** How the reference reads on a report, e.g. "the largest group" or "target 80%". */
    public String describe() {
        return switch (choice) {
            case BEST_GROUP -> "the best-performing group";
            case LARGEST_GROUP -> "the largest group";
            case EVERYONE_ELSE -> "everyone else";
            case OVERALL -> "the overall rate";
            case NAMED_GROUP -> group;
            case TARGET -> "target " + new BigDecimal(Double.toString(target)).movePointRight(2).stripTrailingZeros()
                    .toPlainString() + "%";
        };
    }
}
