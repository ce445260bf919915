package org.stratum.core.real.bisg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** What must hold for any surname, area and national composition. */
class BayesianUpdatePropertiesTest {

    @Provide
    Arbitrary<GroupProbabilities> probabilities() {
        Arbitrary<Double> weight = Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0, 1000));
        return weight.array(double[].class).ofSize(BisgGroup.values().length)
                .filter(w -> Arrays.stream(w).sum() > 0)
                .map(GroupProbabilities::normalise);
    }

    @Provide
    Arbitrary<GroupProbabilities> national() {
        return Arbitraries.doubles().between(0.001, 1).ofScale(4).array(double[].class).ofSize(BisgGroup.values().length)
                .map(GroupProbabilities::normalise);
    }

    @Property(tries = 500)
    void probabilitiesAreBetweenZeroAndOneAndAddUpToOne(@ForAll("probabilities") GroupProbabilities surname,
            @ForAll("probabilities") GroupProbabilities area, @ForAll("national") GroupProbabilities national) {
        GroupProbabilities result = new BayesianUpdate(national).impute(surname, area).orElseThrow().probabilities();

        assertThat(Arrays.stream(result.toArray()).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(Arrays.stream(result.toArray()).boxed().toList()).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
    }

    @Property(tries = 300)
    void aGroupImpossibleByNameOrAreaStaysImpossibleUnlessTheyContradict(@ForAll("probabilities") GroupProbabilities surname,
            @ForAll("probabilities") GroupProbabilities area, @ForAll("national") GroupProbabilities national) {
        Imputation imputation = new BayesianUpdate(national).impute(surname, area).orElseThrow();

        for (BisgGroup group : BisgGroup.values()) {
            if (surname.of(group) == 0 || imputation.basis() == Imputation.Basis.SURNAME_AND_AREA && area.of(group) == 0) {
                assertThat(imputation.probabilities().of(group)).as(group.name()).isZero();
            }
        }
    }

    @Property(tries = 200)
    void anAreaLikeTheNationLeavesTheSurnameProbabilitiesUnchanged(@ForAll("probabilities") GroupProbabilities surname,
            @ForAll("national") GroupProbabilities national) {
        GroupProbabilities result = new BayesianUpdate(national).impute(surname, national).orElseThrow().probabilities();

        for (BisgGroup group : BisgGroup.values()) {
            assertThat(result.of(group)).isCloseTo(surname.of(group), within(1e-9));
        }
    }

    @Test
    void aSurnameNotOnTheListGivesTheAreaAloneAndAnUnknownAreaTheSurnameAlone() {
        GroupProbabilities national = GroupProbabilities.normalise(20, 60, 12, 6, 1, 1);
        GroupProbabilities surname = GroupProbabilities.normalise(1, 5, 1, 90, 1, 2);
        GroupProbabilities area = GroupProbabilities.normalise(50, 30, 10, 8, 1, 1);
        BayesianUpdate update = new BayesianUpdate(national);

        assertThat(update.impute(null, area)).contains(new Imputation(area, Imputation.Basis.AREA_ONLY));
        assertThat(update.impute(surname, null)).contains(new Imputation(surname, Imputation.Basis.SURNAME_ONLY));
        assertThat(update.impute(null, null)).isEmpty();
    }

    @Test
    void theUpdateMultipliesByTheAreasShareOfEachGroupsNationalPopulation() {
        GroupProbabilities national = GroupProbabilities.normalise(20, 60, 12, 6, 1, 1);
        GroupProbabilities surname = GroupProbabilities.normalise(10, 50, 30, 5, 2, 3);
        GroupProbabilities area = GroupProbabilities.normalise(40, 30, 20, 8, 1, 1);

        GroupProbabilities result = new BayesianUpdate(national).impute(surname, area).orElseThrow().probabilities();

        double[] u = {0.10 * 0.40 / 0.20, 0.50 * 0.30 / 0.60, 0.30 * 0.20 / 0.12, 0.05 * 0.08 / 0.06,
                0.02 * 0.01 / 0.01, 0.03 * 0.01 / 0.01};
        double total = Arrays.stream(u).sum();
        for (BisgGroup group : BisgGroup.values()) {
            assertThat(result.of(group)).isCloseTo(u[group.ordinal()] / total, within(1e-12));
        }
    }

    @Test
    void whenSurnameAndAreaRuleEachOtherOutTheSurnameIsKept() {
        GroupProbabilities national = GroupProbabilities.normalise(20, 60, 12, 6, 1, 1);
        GroupProbabilities onlyAsian = GroupProbabilities.normalise(0, 0, 0, 1, 0, 0);
        GroupProbabilities noAsians = GroupProbabilities.normalise(50, 50, 0, 0, 0, 0);

        assertThat(new BayesianUpdate(national).impute(onlyAsian, noAsians))
                .contains(new Imputation(onlyAsian, Imputation.Basis.SURNAME_ONLY));
    }
}
