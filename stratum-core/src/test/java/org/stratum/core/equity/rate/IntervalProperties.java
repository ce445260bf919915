package org.stratum.core.equity.rate;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

/** Properties every interval must have, whatever the counts. */
class IntervalProperties {

    @Property
    void proportionIntervalsContainTheEstimateAndStayInTheUnitInterval(@ForAll("proportions") Proportion p,
            @ForAll("levels") ConfidenceLevel level) {
        for (ConfidenceInterval interval : new ConfidenceInterval[] {p.wilson(level), p.clopperPearson(level)}) {
            assertThat(interval.contains(p.value())).as("%s %s", interval, p).isTrue();
            assertThat(interval.lower()).isGreaterThanOrEqualTo(0);
            assertThat(interval.upper()).isLessThanOrEqualTo(1);
        }
    }

    @Property
    void proportionIntervalsWidenWithConfidence(@ForAll("proportions") Proportion p,
            @ForAll @DoubleRange(min = 0.5, max = 0.99) @Scale(4) double lower,
            @ForAll @DoubleRange(min = 0.001, max = 0.009) @Scale(4) double step) {
        ConfidenceLevel narrow = ConfidenceLevel.of(lower);
        ConfidenceLevel wide = ConfidenceLevel.of(lower + step);
        assertNested(p.wilson(narrow), p.wilson(wide));
        assertNested(p.clopperPearson(narrow), p.clopperPearson(wide));
    }

    @Property
    void rateIntervalsContainTheRateAndWidenWithConfidence(@ForAll @LongRange(min = 0, max = 100_000) long events,
            @ForAll @DoubleRange(min = 0.5, max = 1e7) @Scale(3) double personTime, @ForAll("levels") ConfidenceLevel level) {
        Rate rate = new Rate(events, personTime, 100_000);
        ConfidenceInterval interval = rate.interval(level);
        assertThat(interval.contains(rate.value())).as("%s for %s", interval, rate).isTrue();
        assertThat(interval.lower()).isGreaterThanOrEqualTo(0);
        assertNested(interval, rate.interval(ConfidenceLevel.of(level.level() + (1 - level.level()) / 2)));
    }

    @Property
    void dobsonIntervalsContainTheStandardisedRate(@ForAll @IntRange(min = 1, max = 500) int scale,
            @ForAll("levels") ConfidenceLevel level) {
        java.util.List<AgeSpecificCount> counts = new java.util.ArrayList<>();
        for (int band = 0; band < 11; band++) {
            counts.add(new AgeSpecificCount((long) scale * (band + 1) % 97, 1000.0 + 37 * band));
        }
        DirectlyStandardisedRate dsr = DirectlyStandardisedRate.of(counts, StandardPopulation.us2000(), 100_000);
        if (dsr.hasEstimate()) {
            assertThat(dsr.interval(level).contains(dsr.value())).isTrue();
        }
    }

    private static void assertNested(ConfidenceInterval narrow, ConfidenceInterval wide) {
        assertThat(wide.lower()).as("lower of %s within %s", narrow, wide).isLessThanOrEqualTo(narrow.lower());
        assertThat(wide.upper()).as("upper of %s within %s", narrow, wide).isGreaterThanOrEqualTo(narrow.upper());
    }

    @Provide
    Arbitrary<Proportion> proportions() {
        return Arbitraries.longs().between(1, 1_000_000).flatMap(n -> Arbitraries.longs().between(0, n)
                .map(x -> new Proportion(x, n)));
    }

    @Provide
    Arbitrary<ConfidenceLevel> levels() {
        return Arbitraries.oneOf(Arbitraries.of(0.9, 0.95, 0.99, 0.998),
                Arbitraries.doubles().between(0.5, 0.999).ofScale(4)).map(ConfidenceLevel::of);
    }
}
