package org.stratum.core.equity.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.stratum.core.equity.Direction;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.rate.Proportion;

/** Relabelling and reframing must not change the answer. */
class ComparisonProperties {

    private static final ConfidenceLevel LEVEL = ConfidenceLevel.NINETY_FIVE;

    @Property
    void swappingGroupsNegatesTheDifferenceAndInvertsTheRatio(@ForAll("estimable") Proportion a,
            @ForAll("estimable") Proportion b) {
        Difference ab = NewcombeDifference.between(a, b, LEVEL);
        Difference ba = NewcombeDifference.between(b, a, LEVEL);
        assertThat(ba.estimate()).isEqualTo(-ab.estimate());
        assertThat(ba.interval().lower()).isCloseTo(-ab.interval().upper(), within(1e-12));
        assertThat(ba.interval().upper()).isCloseTo(-ab.interval().lower(), within(1e-12));
        Ratio rab = RateRatio.between(a, b, LEVEL);
        Ratio rba = RateRatio.between(b, a, LEVEL);
        assertThat(rba.estimate() * rab.estimate()).isCloseTo(1, within(1e-12));
        assertThat(rba.interval().lower() * rab.interval().upper()).isCloseTo(1, within(1e-12));
        assertThat(ProportionZTest.twoGroups(b, a)).isEqualTo(ProportionZTest.twoGroups(a, b));
    }

    @Property
    void intervalsContainTheirEstimates(@ForAll("estimable") Proportion a, @ForAll("estimable") Proportion b) {
        Difference difference = NewcombeDifference.between(a, b, LEVEL);
        assertThat(difference.interval().contains(difference.estimate())).isTrue();
        assertThat(difference.interval().lower()).isGreaterThanOrEqualTo(-1 - 1e-12);
        assertThat(difference.interval().upper()).isLessThanOrEqualTo(1 + 1e-12);
        Ratio ratio = RateRatio.between(a, b, LEVEL);
        assertThat(ratio.interval().contains(ratio.estimate())).isTrue();
    }

    @Property
    void theMeaningfulFlagIsTheSameForTheComplementaryFraming(@ForAll("groups") List<GroupCount> screened,
            @ForAll("references") ReferenceChoice choice) {
        List<GroupCount> notScreened = new ArrayList<>();
        screened.forEach(g -> notScreened.add(new GroupCount(g.group(), g.denominator() - g.numerator(), g.denominator())));
        Reference reference = choice == ReferenceChoice.NAMED_GROUP ? Reference.group("g0")
                : new Reference(choice, null, Double.NaN);
        List<Comparison> higher = ComparisonWithReference.of(Direction.HIGHER_IS_BETTER, reference).compare(screened);
        List<Comparison> lower = ComparisonWithReference.of(Direction.LOWER_IS_BETTER, reference).compare(notScreened);
        for (int i = 0; i < screened.size(); i++) {
            assertThat(lower.get(i).meaningfulness()).as(screened.get(i).toString())
                    .isEqualTo(higher.get(i).meaningfulness());
        }
    }

    @Provide
    Arbitrary<Proportion> estimable() {
        return Arbitraries.longs().between(1, 100_000)
                .flatMap(n -> Arbitraries.longs().between(0, n).map(x -> new Proportion(x, n)));
    }

    @Provide
    Arbitrary<List<GroupCount>> groups() {
        Arbitrary<long[]> counts = Arbitraries.longs().between(0, 5_000)
                .flatMap(n -> Arbitraries.longs().between(0, n).map(x -> new long[] {x, n}));
        return counts.list().ofMinSize(1).ofMaxSize(8).map(list -> {
            List<GroupCount> groups = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                groups.add(new GroupCount("g" + i, list.get(i)[0], list.get(i)[1]));
            }
            return groups;
        });
    }

    @Provide
    Arbitrary<ReferenceChoice> references() {
        // A target is a number the analyst types on the measure's scale; 1 − t need not round-trip, so it is
        // left out here (the framing rule is the same code path as OVERALL).
        return Arbitraries.of(ReferenceChoice.BEST_GROUP, ReferenceChoice.LARGEST_GROUP, ReferenceChoice.EVERYONE_ELSE,
                ReferenceChoice.OVERALL, ReferenceChoice.NAMED_GROUP);
    }
}
