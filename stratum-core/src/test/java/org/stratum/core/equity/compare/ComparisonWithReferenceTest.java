package org.stratum.core.equity.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stratum.core.equity.Direction;

class ComparisonWithReferenceTest {

    /** Colorectal cancer screening (higher is better), by race. */
    private static final List<GroupCount> SCREENING = List.of(
            new GroupCount("White", 3_600, 4_500),       // 80.0%
            new GroupCount("Black", 1_300, 2_000),       // 65.0%
            new GroupCount("Asian", 1_230, 1_500),       // 82.0%
            new GroupCount("AIAN", 14, 20));             // 70.0%, small

    @Test
    void theBestGroupDependsOnTheMeasuresDirection() {
        assertThat(referenceOf(Direction.HIGHER_IS_BETTER, Reference.bestGroup())).isEqualTo("Asian");
        assertThat(referenceOf(Direction.LOWER_IS_BETTER, Reference.bestGroup())).isEqualTo("Black");
    }

    @Test
    void theLargestGroupHasTheLargestDenominator() {
        assertThat(referenceOf(Direction.HIGHER_IS_BETTER, Reference.largestGroup())).isEqualTo("White");
    }

    @Test
    void aNamedGroupMustExist() {
        assertThat(referenceOf(Direction.HIGHER_IS_BETTER, Reference.group("Asian"))).isEqualTo("Asian");
        assertThatThrownBy(() -> compare(Direction.HIGHER_IS_BETTER, Reference.group("Martian")))
                .isInstanceOf(UnknownGroup.class).hasMessageContaining("Martian");
    }

    @Test
    void theReferenceGroupIsMarkedAndNotCompared() {
        Comparison white = compare(Direction.HIGHER_IS_BETTER, Reference.group("White")).get(0);
        assertThat(white.rule()).isEqualTo(MeaningfulDifferenceRule.IS_REFERENCE);
        assertThat(white.contrast()).isEmpty();
        assertThat(white.meaningfulness().explanation()).isEqualTo("White is the reference group.");
    }

    @Test
    void aLargeSignificantGapIsMeaningfullyWorse() {
        // Black 65% vs White 80% screened: not screened 35% vs 20%, 75% more in relative terms, p ≪ 0.001.
        Comparison black = compare(Direction.HIGHER_IS_BETTER, Reference.group("White")).get(1);
        assertThat(black.rule()).isEqualTo(MeaningfulDifferenceRule.MEANINGFULLY_WORSE);
        assertThat(black.meaningful()).isTrue();
        Contrast contrast = black.contrast().orElseThrow();
        assertThat(contrast.difference().estimate()).isCloseTo(-0.15, within(1e-12));
        assertThat(contrast.relativeDifference()).isCloseTo(0.75, within(1e-12));
        assertThat(black.meaningfulness().explanation())
                .isEqualTo("Black is meaningfully worse than the reference: p < 0.001 and the adverse outcome is 75.0%"
                        + " higher in relative terms (threshold 10.0%).");
    }

    @Test
    void aSmallGroupsGapIsNotSignificant() {
        Comparison aian = compare(Direction.HIGHER_IS_BETTER, Reference.group("White")).get(3);
        assertThat(aian.rule()).isEqualTo(MeaningfulDifferenceRule.NOT_SIGNIFICANT);
        assertThat(aian.meaningfulness().explanation()).startsWith("AIAN does not differ significantly").contains("0.05");
    }

    @Test
    void theTenPercentRuleReadsTheAdverseOutcome() {
        // 96.0% vs 94.5% vaccinated: favourably framed the gap is 1.6% relative, but unvaccinated is 4.0%
        // vs 5.5%, 27% relative. AHRQ's adverse framing makes this gap meaningful.
        List<GroupCount> groups = List.of(new GroupCount("A", 19_200, 20_000), new GroupCount("B", 18_900, 20_000));
        Comparison b = ComparisonWithReference.of(Direction.HIGHER_IS_BETTER, Reference.group("A")).compare(groups).get(1);
        assertThat(b.contrast().orElseThrow().relativeDifference()).isCloseTo(0.375, within(1e-12));
        assertThat(b.rule()).isEqualTo(MeaningfulDifferenceRule.MEANINGFULLY_WORSE);
    }

    @Test
    void aSignificantButSmallRelativeGapIsNotMeaningful() {
        // 50.0% vs 48.0% not screened over 20,000 each: p < 0.001 but only 4% relative.
        List<GroupCount> groups = List.of(new GroupCount("A", 10_000, 20_000), new GroupCount("B", 10_400, 20_000));
        Comparison b = ComparisonWithReference.of(Direction.LOWER_IS_BETTER, Reference.group("A")).compare(groups).get(1);
        assertThat(b.contrast().orElseThrow().pValue()).isLessThan(0.001);
        assertThat(b.rule()).isEqualTo(MeaningfulDifferenceRule.BELOW_RELATIVE_THRESHOLD);
        assertThat(b.meaningfulness().explanation()).contains("only 4.0%").contains("10.0% threshold");
    }

    @Test
    void everyoneElseIsTheGroupsComplement() {
        Comparison black = compare(Direction.HIGHER_IS_BETTER, Reference.everyoneElse()).get(1);
        // Everyone but Black: (3600 + 1230 + 14) / (4500 + 1500 + 20) = 4844/6020.
        assertThat(black.referenceValue()).hasValueSatisfying(v -> assertThat(v).isCloseTo(4844.0 / 6020, within(1e-15)));
        assertThat(black.contrast().orElseThrow().test()).isEqualTo("pooled two-proportion z-test");
    }

    @Test
    void theOverallRateIsAFixedBenchmark() {
        Comparison asian = compare(Direction.HIGHER_IS_BETTER, Reference.overall()).get(2);
        double overall = (3600 + 1300 + 1230 + 14) / 8020.0;
        assertThat(asian.referenceValue()).hasValueSatisfying(v -> assertThat(v).isCloseTo(overall, within(1e-15)));
        Contrast contrast = asian.contrast().orElseThrow();
        assertThat(contrast.test()).startsWith("one-sample score test");
        assertThat(contrast.difference().estimate()).isCloseTo(0.82 - overall, within(1e-15));
    }

    @Test
    void aTargetIsOnTheMeasuresOwnScale() {
        Comparison white = compare(Direction.HIGHER_IS_BETTER, Reference.target(0.8)).get(0);
        assertThat(white.contrast().orElseThrow().difference().estimate()).isCloseTo(0, within(1e-15));
        assertThat(white.rule()).isEqualTo(MeaningfulDifferenceRule.NOT_SIGNIFICANT);
        assertThat(white.reference()).isEqualTo("target 80%");
    }

    @Test
    void groupsWithoutPatientsAreSaidSo() {
        List<GroupCount> groups = List.of(new GroupCount("A", 40, 50), new GroupCount("Unknown", 0, 0));
        List<Comparison> result = ComparisonWithReference.of(Direction.HIGHER_IS_BETTER, Reference.group("A"))
                .compare(groups);
        assertThat(result.get(1).rule()).isEqualTo(MeaningfulDifferenceRule.NO_PATIENTS);
        List<Comparison> alone = ComparisonWithReference.of(Direction.HIGHER_IS_BETTER, Reference.everyoneElse())
                .compare(List.of(new GroupCount("A", 40, 50)));
        assertThat(alone.get(0).rule()).isEqualTo(MeaningfulDifferenceRule.NO_REFERENCE);
    }

    @Test
    void rejectsDuplicateGroupNames() {
        List<GroupCount> groups = List.of(new GroupCount("A", 1, 2), new GroupCount("A", 1, 3));
        assertThatThrownBy(() -> ComparisonWithReference.of(Direction.HIGHER_IS_BETTER, Reference.overall())
                .compare(groups)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
    }

    private static String referenceOf(Direction direction, Reference reference) {
        return compare(direction, reference).stream().filter(c -> c.rule() == MeaningfulDifferenceRule.IS_REFERENCE)
                .map(c -> c.group().group()).findFirst().orElseThrow();
    }

    private static List<Comparison> compare(Direction direction, Reference reference) {
        return ComparisonWithReference.of(direction, reference).compare(SCREENING);
    }
}
