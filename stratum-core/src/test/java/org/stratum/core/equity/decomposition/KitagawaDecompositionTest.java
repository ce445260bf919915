package org.stratum.core.equity.decomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-derived Kitagawa cases: sites with their own screening rates, groups spread differently over them. */
class KitagawaDecompositionTest {

    private static final double EXACT = 1e-12;

    @Test
    void aGapFromWhereGroupsAreSeenIsAllComposition() {
        // both groups: 80% at the north clinic, 40% at the south; A is 80/20 north, B 20/80
        KitagawaDecomposition d = KitagawaDecomposition.of(
                List.of(new StratumCount("north", 64, 80), new StratumCount("south", 8, 20)),
                List.of(new StratumCount("north", 16, 20), new StratumCount("south", 32, 80)));

        assertThat(d.gap()).isCloseTo(0.72 - 0.48, within(EXACT));
        assertThat(d.composition()).isCloseTo(0.24, within(EXACT));
        assertThat(d.rate()).isCloseTo(0, within(EXACT));
    }

    @Test
    void aGapWithinTheSameSitesIsAllRate() {
        // same 50/50 spread; A 10 points higher at each site
        KitagawaDecomposition d = KitagawaDecomposition.of(
                List.of(new StratumCount("north", 45, 50), new StratumCount("south", 25, 50)),
                List.of(new StratumCount("north", 40, 50), new StratumCount("south", 20, 50)));

        assertThat(d.gap()).isCloseTo(0.1, within(EXACT));
        assertThat(d.composition()).isCloseTo(0, within(EXACT));
        assertThat(d.rate()).isCloseTo(0.1, within(EXACT));
    }

    @Test
    void aMixedGapSplitsByTheSymmetricWeights() {
        // A: north 90% of 75, south 60% of 25 (R = 0.825); B: north 70% of 25, south 50% of 75 (R = 0.55)
        KitagawaDecomposition d = KitagawaDecomposition.of(
                List.of(new StratumCount("north", 67.5, 75), new StratumCount("south", 15, 25)),
                List.of(new StratumCount("north", 17.5, 25), new StratumCount("south", 37.5, 75)));

        // composition: (0.75−0.25)(0.9+0.7)/2 + (0.25−0.75)(0.6+0.5)/2 = 0.4 − 0.275 = 0.125
        // rate:        (0.9−0.7)(0.75+0.25)/2 + (0.6−0.5)(0.25+0.75)/2 = 0.1 + 0.05  = 0.15
        assertThat(d.rateA()).isCloseTo(0.825, within(EXACT));
        assertThat(d.rateB()).isCloseTo(0.55, within(EXACT));
        assertThat(d.composition()).isCloseTo(0.125, within(EXACT));
        assertThat(d.rate()).isCloseTo(0.15, within(EXACT));
        assertThat(d.strata()).extracting(StratumContribution::stratum).containsExactly("north", "south");
        assertThat(d.strata().get(0).total()).isCloseTo(0.5, within(EXACT));
    }

    @Test
    void aStratumOnlyOneGroupUsesIsAllComposition() {
        KitagawaDecomposition d = KitagawaDecomposition.of(
                List.of(new StratumCount("north", 40, 50)),
                List.of(new StratumCount("north", 40, 50), new StratumCount("mobile van", 10, 50)));

        StratumContribution van = d.strata().get(1);
        assertThat(van.rate()).isZero();
        assertThat(van.composition()).isCloseTo(-0.5 * 0.2, within(EXACT));
        assertThat(d.composition() + d.rate()).isCloseTo(d.gap(), within(EXACT));
    }

    @Test
    void rejectsAStratumNamedTwice() {
        assertThatThrownBy(() -> KitagawaDecomposition.of(
                List.of(new StratumCount("north", 1, 5), new StratumCount("north", 2, 5)),
                List.of(new StratumCount("north", 1, 5))))
                .isInstanceOf(InvalidDecomposition.class).hasMessageContaining("'north' appears twice in group A");
    }

    @Test
    void rejectsAnEmptyGroup() {
        assertThatThrownBy(() -> KitagawaDecomposition.of(List.of(new StratumCount("north", 0, 0)),
                List.of(new StratumCount("north", 1, 5))))
                .isInstanceOf(InvalidDecomposition.class).hasMessageContaining("group A has no one");
    }
}
