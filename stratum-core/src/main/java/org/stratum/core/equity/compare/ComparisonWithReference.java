package org.stratum.core.equity.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stratum.core.equity.Direction;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.rate.Proportion;

/**
 * Compares every group of one measure with a reference and flags meaningful differences by AHRQ's
 * rule: statistically significant at the confidence level's alpha (p ≤ 0.05 by default) <em>and</em>
 * a relative difference of at least 10% in the adverse outcome (see {@link MeaningfulDifferenceRule}).
 *
 * <p>A reference group (best, largest, named) and "everyone else" are independent samples: Newcombe
 * difference, log-method ratio, pooled z-test. The overall rate contains the group itself, so a
 * two-sample test would double-count the group; we treat it, like a target, as a fixed benchmark value:
 * the group's Wilson interval minus (or over) the value, and the score test.
 */
public final class ComparisonWithReference {

    /** AHRQ's relative-difference threshold: 10%. */
    public static final double AHRQ_RELATIVE_THRESHOLD = 0.10;

    private final Direction direction;
    private final Reference reference;
    private final ConfidenceLevel level;
    private final double relativeThreshold;

    public ComparisonWithReference(Direction direction, Reference reference, ConfidenceLevel level,
            double relativeThreshold) {
        this.direction = Objects.requireNonNull(direction, "direction");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.level = Objects.requireNonNull(level, "level");
        if (!(relativeThreshold >= 0) || Double.isInfinite(relativeThreshold)) {
            throw new IllegalArgumentException("A relative threshold must be at least 0, got " + relativeThreshold);
        }
        this.relativeThreshold = relativeThreshold;
    }

    /** At 95% with AHRQ's 10% threshold. */
    public static ComparisonWithReference of(Direction direction, Reference reference) {
        return new ComparisonWithReference(direction, reference, ConfidenceLevel.NINETY_FIVE, AHRQ_RELATIVE_THRESHOLD);
    }

    /**
     * One comparison per group, in the order given.
     *
     * @throws IllegalArgumentException if two groups share a name
     * @throws UnknownGroup if a named reference group is not among them
     */
    public List<Comparison> compare(List<GroupCount> groups) {
        if (new HashSet<>(groups.stream().map(GroupCount::group).toList()).size() != groups.size()) {
            throw new IllegalArgumentException("Group names must be distinct: " + groups);
        }
        GroupCount referenceGroup = ReferenceGroup.select(reference, direction, groups);
        long numerator = groups.stream().mapToLong(GroupCount::numerator).sum();
        long denominator = groups.stream().mapToLong(GroupCount::denominator).sum();
        GroupCount overall = new GroupCount("overall", numerator, denominator);
        Verdict verdict = new Verdict(level, relativeThreshold);
        List<Comparison> comparisons = new ArrayList<>(groups.size());
        for (GroupCount group : groups) {
            comparisons.add(switch (reference.choice()) {
                case TARGET -> againstValue(group, reference.target(), direction.adverse(reference.target()), verdict);
                case OVERALL -> overall.denominator() == 0 ? verdict.noReference(group, reference.describe())
                        : againstValue(group, overall.proportion().value(), overall.adverse(direction).value(), verdict);
                case EVERYONE_ELSE -> againstGroup(group, new GroupCount(reference.describe(),
                        numerator - group.numerator(), denominator - group.denominator()), reference.describe(), verdict);
                case BEST_GROUP, LARGEST_GROUP, NAMED_GROUP -> referenceGroup == null
                        ? verdict.noReference(group, reference.describe())
                        : againstGroup(group, referenceGroup, referenceGroup.group(), verdict);
            });
        }
        return comparisons;
    }

    private Comparison againstGroup(GroupCount group, GroupCount other, String label, Verdict verdict) {
        if (group.group().equals(other.group()) && reference.choice() != ReferenceChoice.EVERYONE_ELSE) {
            return verdict.isReference(group, label, other.proportion());
        }
        if (group.denominator() == 0) {
            return verdict.noPatients(group, label, other.proportion());
        }
        if (other.denominator() == 0) {
            return verdict.noReference(group, label);
        }
        Proportion mine = group.proportion();
        Proportion theirs = other.proportion();
        double p = ProportionZTest.twoGroups(group.adverse(direction), other.adverse(direction));
        Contrast contrast = new Contrast(NewcombeDifference.between(mine, theirs, level),
                Optional.of(RateRatio.between(mine, theirs, level)), p, "pooled two-proportion z-test",
                Verdict.relative(group.adverse(direction).value(), other.adverse(direction).value()));
        return verdict.decide(group, label, theirs.value(), contrast, group.adverse(direction).value(),
                other.adverse(direction).value());
    }

    private Comparison againstValue(GroupCount group, double value, double adverseValue, Verdict verdict) {
        String label = reference.describe();
        if (group.denominator() == 0) {
            return verdict.noPatients(group, label, value);
        }
        Proportion mine = group.proportion();
        Difference difference = new Difference(mine.value() - value, mine.wilson(level).shifted(-value));
        Optional<Ratio> ratio = value > 0 ? Optional.of(RateRatio.againstValue(mine, value, level)) : Optional.empty();
        double adverse = group.adverse(direction).value();
        Contrast contrast = new Contrast(difference, ratio, ProportionZTest.againstValue(group.adverse(direction),
                adverseValue), "one-sample score test against a fixed value", Verdict.relative(adverse, adverseValue));
        return verdict.decide(group, label, value, contrast, adverse, adverseValue);
    }
}
