package org.stratum.core.equity.disparity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Invariances that follow from the definitions: relative measures do not change when every rate is
 * multiplied by the same factor (per 1,000 vs per 100,000), absolute ones scale with it, and the
 * unordered measures do not care about the order of the groups.
 */
class DisparityProperties {

    @Property
    void relativeMeasuresIgnoreTheRatesUnitAndAbsoluteOnesScaleWithIt(@ForAll("groups") List<GroupEstimate> groups,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double factor) {
        List<GroupEstimate> scaled = groups.stream()
                .map(g -> new GroupEstimate(g.group(), g.value() * factor, g.standardError() * factor, g.population()))
                .toList();
        assertRelative(TheilIndex.of(scaled).estimate(), TheilIndex.of(groups).estimate());
        assertRelative(MeanLogDeviation.of(scaled).estimate(), MeanLogDeviation.of(groups).estimate());
        assertRelative(RangeRatio.of(scaled).estimate(), RangeRatio.of(groups).estimate());
        assertRelative(IndexOfDisparity.againstMean(scaled).estimate(), IndexOfDisparity.againstMean(groups).estimate());
        assertRelative(ConcentrationIndex.relative(scaled).estimate(), ConcentrationIndex.relative(groups).estimate());
        assertRelative(TheilIndex.of(scaled).standardError().orElseThrow(), TheilIndex.of(groups).standardError().orElseThrow());
        assertRelative(RangeDifference.of(scaled).estimate(), factor * RangeDifference.of(groups).estimate());
        assertRelative(BetweenGroupVariance.of(scaled).estimate(), factor * factor * BetweenGroupVariance.of(groups).estimate());
        assertRelative(ConcentrationIndex.absolute(scaled).estimate(), factor * ConcentrationIndex.absolute(groups).estimate());
        assertRelative(SlopeIndexOfInequality.of(scaled).sii(), factor * SlopeIndexOfInequality.of(groups).sii());
    }

    @Property
    void unorderedMeasuresIgnoreTheOrderOfGroups(@ForAll("groups") List<GroupEstimate> groups) {
        List<GroupEstimate> reversed = new ArrayList<>(groups);
        Collections.reverse(reversed);
        assertRelative(TheilIndex.of(reversed).estimate(), TheilIndex.of(groups).estimate());
        assertRelative(MeanLogDeviation.of(reversed).estimate(), MeanLogDeviation.of(groups).estimate());
        assertRelative(BetweenGroupVariance.of(reversed).estimate(), BetweenGroupVariance.of(groups).estimate());
        assertRelative(BetweenGroupVariance.of(reversed).standardError().orElseThrow(),
                BetweenGroupVariance.of(groups).standardError().orElseThrow());
        assertRelative(IndexOfDisparity.againstMean(reversed).estimate(), IndexOfDisparity.againstMean(groups).estimate());
        // Ordered measures change sign when the social order is reversed.
        assertThat(ConcentrationIndex.absolute(reversed).estimate())
                .isCloseTo(-ConcentrationIndex.absolute(groups).estimate(), within(1e-9));
        assertThat(SlopeIndexOfInequality.of(reversed).sii())
                .isCloseTo(-SlopeIndexOfInequality.of(groups).sii(), within(1e-9));
    }

    @Property
    void inequalityMeasuresAreNeverNegative(@ForAll("groups") List<GroupEstimate> groups) {
        assertThat(TheilIndex.of(groups).estimate()).isGreaterThanOrEqualTo(-1e-15);
        assertThat(MeanLogDeviation.of(groups).estimate()).isGreaterThanOrEqualTo(-1e-15);
        assertThat(BetweenGroupVariance.of(groups).estimate()).isGreaterThanOrEqualTo(0);
    }

    private static void assertRelative(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
    }

    @Provide
    Arbitrary<List<GroupEstimate>> groups() {
        Arbitrary<double[]> group = Combinators.combine(Arbitraries.doubles().between(0.01, 0.99).ofScale(4),
                Arbitraries.doubles().between(0, 0.05).ofScale(5), Arbitraries.integers().between(1, 100_000))
                .as((value, se, population) -> new double[] {value, se, population});
        return group.list().ofMinSize(2).ofMaxSize(12).map(list -> {
            List<GroupEstimate> groups = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                groups.add(new GroupEstimate("g" + i, list.get(i)[0], list.get(i)[1], list.get(i)[2]));
            }
            return groups;
        });
    }
}
