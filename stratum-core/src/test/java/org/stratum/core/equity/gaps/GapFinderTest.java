package org.stratum.core.equity.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stratum.core.equity.Direction;
import org.stratum.core.equity.compare.ProportionZTest;
import org.stratum.core.equity.decomposition.StratumCount;
import org.stratum.core.equity.multiplicity.BenjaminiHochberg;
import org.stratum.core.equity.rate.Proportion;
import org.stratum.core.equity.suppression.SuppressionPolicy;

/** Hand-built counts: what is a gap, what is not, how gaps are ranked and how they read. */
class GapFinderTest {
    private static final ScannedMeasure SCREENING = new ScannedMeasure("screening", "Screening", Direction.HIGHER_IS_BETTER);
    private static final GapFinder FINDER = new GapFinder(GapCriteria.defaults());

    private static Stratification byLanguage(ScannedMeasure measure, GroupTally... groups) {
        return new Stratification(measure, Slice.everyone(), "preferred language", List.of(groups));
    }

    @Test
    void aGroupDoingWorseThanEveryoneElseIsAGapThatExplainsItself() {
        GapFindings findings = FINDER.find(List.of(byLanguage(SCREENING, GroupTally.of("Spanish", 120, 300),
                GroupTally.of("English", 1400, 2000), GroupTally.of("Other", 95, 100))));

        assertThat(findings.comparisons()).isEqualTo(3);
        assertThat(findings.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.group().group()).isEqualTo("Spanish");
            assertThat(gap.reference().numerator()).isEqualTo(1495);
            assertThat(gap.reference().denominator()).isEqualTo(2100);
            assertThat(gap.groupRate()).isEqualTo(0.4);
            assertThat(gap.groupInterval().contains(0.4)).isTrue();
            assertThat(gap.difference().estimate()).isCloseTo(0.4 - 1495.0 / 2100, within(1e-12));
            assertThat(gap.difference().interval().upper()).isNegative();
            assertThat(gap.pValue()).isEqualTo(ProportionZTest.twoGroups(new Proportion(180, 300), new Proportion(605, 2100)));
            assertThat(gap.qValue()).isGreaterThanOrEqualTo(gap.pValue()).isLessThanOrEqualTo(0.05);
            assertThat(gap.comparisons()).isEqualTo(3);
            // ⌈1495/2100 × 300 − 120⌉ = ⌈93.57⌉
            assertThat(gap.patients()).isEqualTo(94);
            assertThat(gap.explanation()).isEqualTo("Among all patients, Spanish, by preferred language, reached 40.0% on"
                    + " Screening against 71.2% for everyone else (higher is better); 94 more of them meeting the measure"
                    + " would close the gap.");
        });
    }

    @Test
    void groupsUnderTheMinimumSizeAreNeverComparedHoweverExtreme() {
        Stratification tiny = byLanguage(SCREENING, GroupTally.of("Tongan", 0, 10), GroupTally.of("English", 900, 1000));
        Stratification small = byLanguage(SCREENING, GroupTally.of("Khmer", 0, 40), GroupTally.of("English", 900, 1000));

        GapFindings defaults = FINDER.find(List.of(tiny));
        GapFindings stricter = new GapFinder(GapCriteria.defaults().withMinimumGroupSize(50)).find(List.of(small));

        assertThat(defaults.gaps()).isEmpty();
        assertThat(defaults.comparisons()).isZero();
        // Tongan is too small, and so is everyone else for English
        assertThat(defaults.groupsTooSmall()).isEqualTo(2);
        assertThat(stricter.gaps()).isEmpty();
        assertThat(FINDER.find(List.of(small)).gaps()).extracting(g -> g.group().group()).containsExactly("Khmer");
    }

    @Test
    void aMinimumGroupSizeThatWouldRankGroupsOfOneToTenIsRefused() {
        assertThatThrownBy(() -> GapCriteria.defaults().withMinimumGroupSize(10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 11");
    }

    @Test
    void aDifferenceSignificantAloneIsNotAGapInALargeFamilyOfComparisons() {
        // p ≈ 0.02 on its own: a discovery when it is the only question asked, not among 22.
        Stratification suspect = byLanguage(SCREENING, GroupTally.of("Spanish", 60, 150), GroupTally.of("English", 650, 1300));
        List<Stratification> family = new ArrayList<>(List.of(suspect));
        for (int i = 0; i < 10; i++) {
            family.add(byLanguage(new ScannedMeasure("flat-" + i, "Flat " + i, Direction.HIGHER_IS_BETTER),
                    GroupTally.of("Spanish", 100, 200), GroupTally.of("English", 600, 1200)));
        }

        assertThat(FINDER.find(List.of(suspect)).gaps()).hasSize(1);
        GapFindings findings = FINDER.find(family);
        assertThat(findings.comparisons()).isEqualTo(22);
        assertThat(findings.gaps()).isEmpty();
    }

    @Test
    void aSignificantDifferenceUnderTenPercentInTheAdverseOutcomeIsNotAGap() {
        // 30% vs 28% not screened: p far below 0.05, but 7% relative.
        GapFindings findings = FINDER.find(List.of(byLanguage(SCREENING, GroupTally.of("Spanish", 7000, 10000),
                GroupTally.of("English", 72000, 100000))));

        assertThat(findings.comparisons()).isEqualTo(2);
        assertThat(findings.gaps()).isEmpty();
    }

    @Test
    void aMeasureAndItsComplementFindTheSameGaps() {
        ScannedMeasure notScreened = new ScannedMeasure("not-screened", "Not screened", Direction.LOWER_IS_BETTER);
        GapFindings screened = FINDER.find(List.of(byLanguage(SCREENING, GroupTally.of("Spanish", 120, 300),
                GroupTally.of("English", 1400, 2000), GroupTally.of("Other", 95, 100))));
        GapFindings complement = FINDER.find(List.of(byLanguage(notScreened, GroupTally.of("Spanish", 180, 300),
                GroupTally.of("English", 600, 2000), GroupTally.of("Other", 5, 100))));

        assertThat(complement.gaps()).hasSameSizeAs(screened.gaps());
        Gap a = screened.gaps().get(0);
        Gap b = complement.gaps().get(0);
        assertThat(b.group().group()).isEqualTo(a.group().group());
        assertThat(b.pValue()).isEqualTo(a.pValue());
        assertThat(b.qValue()).isEqualTo(a.qValue());
        assertThat(b.relativeDifference()).isEqualTo(a.relativeDifference());
        assertThat(b.patients()).isEqualTo(a.patients());
        assertThat(b.explanation()).contains("94 fewer of them in its numerator would close the gap");
    }

    @Test
    void gapsAreRankedByPatientsToEquityMostFirst() {
        ScannedMeasure other = new ScannedMeasure("control", "Control", Direction.HIGHER_IS_BETTER);
        GapFindings findings = FINDER.find(List.of(
                byLanguage(SCREENING, GroupTally.of("Spanish", 60, 200), GroupTally.of("English", 1400, 2000)),
                byLanguage(other, GroupTally.of("Spanish", 300, 1000), GroupTally.of("English", 1400, 2000))));

        assertThat(findings.gaps()).extracting(g -> g.measure().id()).containsExactly("control", "screening");
        assertThat(findings.gaps()).extracting(Gap::patients).containsExactly(400L, 80L);
        assertThat(findings.top(1)).extracting(g -> g.measure().id()).containsExactly("control");
    }

    @Test
    void aGapFromWhereTheGroupIsSeenIsAttributedToCompositionNamingTheSite() {
        // Both groups: 80% at north and east, 40% at south. The group is mostly at south: all composition
        // by site. Both have the same payer mix, and within each payer the group does worse: all rates by payer.
        GroupTally group = new GroupTally("Hispanic or Latino", 240, 500, Map.of(
                "site", List.of(new StratumCount("north", 40, 50), new StratumCount("east", 40, 50),
                        new StratumCount("south", 160, 400)),
                "payer", List.of(new StratumCount("medi-cal", 120, 250), new StratumCount("commercial", 120, 250))));
        GroupTally others = new GroupTally("Not Hispanic or Latino", 360, 500, Map.of(
                "site", List.of(new StratumCount("north", 160, 200), new StratumCount("east", 160, 200),
                        new StratumCount("south", 40, 100)),
                "payer", List.of(new StratumCount("medi-cal", 180, 250), new StratumCount("commercial", 180, 250))));

        Gap gap = FINDER.find(List.of(new Stratification(SCREENING, Slice.everyone(), "ethnicity", List.of(group, others))))
                .gaps().get(0);

        assertThat(gap.decompositions()).extracting(GapDecomposition::factor).containsExactlyInAnyOrder("site", "payer");
        GapDecomposition bySite = decomposition(gap, "site");
        assertThat(bySite.attribution()).isEqualTo(Attribution.COMPOSITION);
        assertThat(bySite.compositionShare()).isCloseTo(1, within(1e-12));
        assertThat(bySite.chiefStratum()).isEqualTo("south");
        assertThat(bySite.explanation()).isEqualTo("By site: mostly composition (100% of the gap): the group is"
                + " over-represented in site south, where results are worse.");
        GapDecomposition byPayer = decomposition(gap, "payer");
        assertThat(byPayer.attribution()).isEqualTo(Attribution.RATES_WITHIN_STRATA);
        assertThat(byPayer.explanation()).startsWith("By payer: mostly rates within the same payer (100% of the gap):"
                + " the group does worse than everyone else in the same payer, most in payer");
    }

    @Test
    void aSliceOfOneSiteIsNotDecomposedBySite() {
        Slice harbor = new Slice("site", "harbor", "patients at site Harbor View");
        GroupTally group = new GroupTally("Needs an interpreter", 40, 100,
                Map.of("site", List.of(new StratumCount("harbor", 40, 100))));
        GroupTally others = new GroupTally("No interpreter needed", 600, 900,
                Map.of("site", List.of(new StratumCount("harbor", 600, 900))));

        Gap gap = FINDER.find(List.of(new Stratification(SCREENING, harbor, "interpreter need", List.of(group, others))))
                .gaps().get(0);

        assertThat(gap.decompositions()).isEmpty();
        assertThat(gap.explanation())
                .startsWith("Among patients at site Harbor View, Needs an interpreter, by interpreter need, reached 40.0%");
    }

    @Test
    void aBreakdownThatDoesNotAddUpToTheGroupIsRefused() {
        assertThatThrownBy(() -> new GroupTally("Asian", 10, 20, Map.of("site", List.of(new StratumCount("north", 9, 20)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("adds up to 9.0 of 20.0, not 10 of 20");
    }

    @Test
    void aGapRestingOnACountOfOneToTenIsNotDisclosable() {
        GapFindings findings = FINDER.find(List.of(byLanguage(SCREENING, GroupTally.of("Spanish", 8, 60),
                GroupTally.of("English", 1400, 2000))));

        Gap gap = findings.gaps().get(0);
        assertThat(gap.disclosable(SuppressionPolicy.CMS)).isFalse();
        assertThat(FINDER.find(List.of(byLanguage(SCREENING, GroupTally.of("Spanish", 120, 300),
                GroupTally.of("English", 1400, 2000)))).gaps().get(0).disclosable(SuppressionPolicy.CMS)).isTrue();
    }

    @Test
    void theWholeFamilyIsAdjustedTogether() {
        GapFindings findings = FINDER.find(List.of(
                byLanguage(SCREENING, GroupTally.of("Spanish", 120, 300), GroupTally.of("English", 1400, 2000)),
                byLanguage(SCREENING, GroupTally.of("Vietnamese", 40, 100), GroupTally.of("English", 1400, 2000))));

        // the test reads the adverse outcome (not screened)
        double[] p = {
            ProportionZTest.twoGroups(new Proportion(180, 300), new Proportion(600, 2000)),
            ProportionZTest.twoGroups(new Proportion(60, 100), new Proportion(600, 2000))};
        double[] q = BenjaminiHochberg.adjust(p[0], p[0], p[1], p[1]);
        assertThat(findings.gaps()).extracting(Gap::qValue).containsExactly(q[0], q[2]);
    }

    private static GapDecomposition decomposition(Gap gap, String factor) {
        return gap.decompositions().stream().filter(d -> d.factor().equals(factor)).findFirst().orElseThrow();
    }
}
