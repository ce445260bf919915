package org.stratum.core.equity.decomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class KitagawaDecompositionPropertiesTest {

    /** A stratum: its denominators for A and B and its rates for A and B. */
    record Stratum(int denominatorA, int denominatorB, double rateA, double rateB) {
    }

    @Provide
    Arbitrary<List<Stratum>> strata() {
        Arbitrary<Integer> size = Arbitraries.integers().between(1, 2000);
        Arbitrary<Double> rate = Arbitraries.doubles().between(0, 1);
        return Combinators.combine(size, size, rate, rate).as(Stratum::new).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property
    void componentsAddUpToTheGap(@ForAll("strata") List<Stratum> strata) {
        KitagawaDecomposition d = decompose(strata, false, false);

        assertThat(d.composition() + d.rate()).isCloseTo(d.gap(), within(1e-12));
    }

    @Property
    void swappingTheGroupsNegatesBothComponents(@ForAll("strata") List<Stratum> strata) {
        List<Stratum> swapped = strata.stream().map(s -> new Stratum(s.denominatorB(), s.denominatorA(), s.rateB(), s.rateA())).toList();

        KitagawaDecomposition d = decompose(strata, false, false);
        KitagawaDecomposition back = decompose(swapped, false, false);
        assertThat(back.composition()).isCloseTo(-d.composition(), within(1e-12));
        assertThat(back.rate()).isCloseTo(-d.rate(), within(1e-12));
    }

    @Property
    void equalRatesWithinStrataLeaveNoRateComponent(@ForAll("strata") List<Stratum> strata) {
        KitagawaDecomposition d = decompose(strata, true, false);

        assertThat(d.rate()).isCloseTo(0, within(1e-12));
        assertThat(d.composition()).isCloseTo(d.gap(), within(1e-12));
    }

    @Property
    void equalCompositionLeavesNoCompositionComponent(@ForAll("strata") List<Stratum> strata) {
        KitagawaDecomposition d = decompose(strata, false, true);

        assertThat(d.composition()).isCloseTo(0, within(1e-12));
        assertThat(d.rate()).isCloseTo(d.gap(), within(1e-12));
    }

    /** Builds both groups' counts; optionally gives B A's rates, or B A's denominators. */
    private static KitagawaDecomposition decompose(List<Stratum> strata, boolean sameRates, boolean sameComposition) {
        List<StratumCount> a = new ArrayList<>();
        List<StratumCount> b = new ArrayList<>();
        for (int i = 0; i < strata.size(); i++) {
            Stratum s = strata.get(i);
            int denominatorB = sameComposition ? s.denominatorA() : s.denominatorB();
            double rateB = sameRates ? s.rateA() : s.rateB();
            a.add(new StratumCount("s" + i, s.rateA() * s.denominatorA(), s.denominatorA()));
            b.add(new StratumCount("s" + i, rateB * denominatorB, denominatorB));
        }
        return KitagawaDecomposition.of(a, b);
    }
}
