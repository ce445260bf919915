package org.stratum.core.equity.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComplementarySuppressionTest {
    private final ComplementarySuppression suppression = new ComplementarySuppression(SuppressionPolicy.CMS);
    private final SuppressionAudit audit = new SuppressionAudit();

    @Test
    void aSmallInnerCellGetsTheCheapestRectangleOfPartners() {
        CrossTabulation cross = CrossTabulation.of(List.of("r1", "r2", "r3"), List.of("A", "B", "C"), new long[][] {
                {5, 20, 30},
                {40, 50, 60},
                {25, 35, 45}});

        SuppressedTable result = suppression.apply(cross.table());

        // Row partner 20 (smaller than 30), column partner 25 (smaller than 40), and the corner they
        // close on, 35: 20 + 25 + 35 is the cheapest rectangle through the 5.
        assertThat(result.hiddenCells()).containsExactlyInAnyOrder(cross.cell(0, 0), cross.cell(0, 1),
                cross.cell(2, 0), cross.cell(2, 1));
        assertThat(result.status(cross.cell(0, 0))).isEqualTo(CellStatus.SMALL);
        assertThat(result.status(cross.cell(2, 1))).isEqualTo(CellStatus.COMPLEMENTARY);
        assertThat(audit.findings(result)).isEmpty();
    }

    @Test
    void zerosStayShownAndAreNeverUsedAsPartners() {
        CrossTabulation cross = CrossTabulation.of(List.of("r1", "r2"), List.of("A", "B"), new long[][] {
                {3, 0},
                {0, 12}});

        SuppressedTable result = suppression.apply(cross.table());

        assertThat(result.isShown(cross.cell(0, 1))).isTrue();
        assertThat(result.isShown(cross.cell(1, 0))).isTrue();
        // The 3 is also its row's and its column's total; only hiding the grand total lets them all
        // grow together, so the reader cannot bound them.
        assertThat(result.isShown(cross.grandTotal())).isFalse();
        assertThat(audit.findings(result)).isEmpty();
    }

    @Test
    void aSmallNumeratorIsPairedWithTheSmallestOtherNumerator() {
        PublishedTable.Builder builder = PublishedTable.builder();
        MeasureCells measure = StratifiedMeasureTable.add(builder, "CMS165", List.of("White", "Black", "Asian", "Hispanic"),
                new long[] {150, 8, 45, 70}, new long[] {200, 40, 60, 100});

        SuppressedTable result = suppression.apply(builder.build());

        assertThat(result.status(measure.met(1))).isEqualTo(CellStatus.SMALL);
        assertThat(result.status(measure.met(2))).isEqualTo(CellStatus.COMPLEMENTARY);
        assertThat(result.hiddenCells().stream().filter(i -> result.table().cell(i).displayed()))
                .containsExactlyInAnyOrder(measure.met(1), measure.met(2));
        assertThat(audit.findings(result)).isEmpty();
    }

    @Test
    void aRateNearOneHundredPercentIsHiddenWhenFewPatientsMissIt() {
        PublishedTable.Builder builder = PublishedTable.builder();
        MeasureCells measure = StratifiedMeasureTable.add(builder, "CMS122", List.of("White", "Black", "Asian"),
                new long[] {195, 30, 40}, new long[] {200, 60, 70});

        SuppressedTable result = suppression.apply(builder.build());

        // 200 − 195 = 5 patients not meeting the measure: showing both would reveal the 5.
        assertThat(result.status(measure.notMet(0))).isEqualTo(CellStatus.NOT_DISPLAYED);
        assertThat(result.isShown(measure.met(0)) && result.isShown(measure.denominator(0))).isFalse();
        assertThat(audit.findings(result)).isEmpty();
    }

    @Test
    void aSubgroupShownBesideItsTotalDoesNotRevealTheRest() {
        List<String> strata = List.of("NHPI", "Asian", "White");
        PublishedTable.Builder builder = PublishedTable.builder();
        MeasureCells site = StratifiedMeasureTable.add(builder, "Fruitvale", strata,
                new long[] {12, 60, 80}, new long[] {20, 90, 120});
        MeasureCells network = StratifiedMeasureTable.add(builder, "Network", strata,
                new long[] {15, 160, 300}, new long[] {24, 250, 400});
        MeasureCells rest = StratifiedMeasureTable.linkSubgroup(builder, site, network, "Other sites");

        SuppressedTable result = suppression.apply(builder.build());

        // NHPI outside Fruitvale: 3 of 4. Neither may be worked out as network minus Fruitvale.
        assertThat(result.table().cell(rest.met(0)).count()).isEqualTo(3);
        assertThat(result.protection(rest.met(0))).isPresent();
        assertThat(result.protection(rest.denominator(0))).isPresent();
        assertThat(audit.findings(result)).isEmpty();
    }

    @Test
    void twoMeasuresOverTheSameDenominatorsAreProtectedTogether() {
        List<String> strata = List.of("AIAN", "Black", "MENA", "White");
        PublishedTable.Builder builder = PublishedTable.builder();
        MeasureCells screening = StratifiedMeasureTable.add(builder, "CMS125", strata,
                new long[] {14, 33, 7, 120}, new long[] {25, 50, 9, 160});
        MeasureCells followUp = StratifiedMeasureTable.addSharingDenominators(builder, "CMS130", screening,
                new long[] {20, 12, 2, 90});

        SuppressedTable result = suppression.apply(builder.build());

        assertThat(followUp.denominator(2)).isEqualTo(screening.denominator(2));
        assertThat(result.isShown(screening.denominator(2))).isFalse();
        assertThat(audit.findings(result)).isEmpty();
    }

    @Test
    void hidesTheWholeConnectedPartWhenNoMoveExists() {
        // a = b + c and b = c: every change must double a, which no ±1 move can do. Scaling the
        // whole part (3, 3, 6 → 12, 12, 24) keeps every sum, so hiding all three is safe.
        PublishedTable.Builder builder = PublishedTable.builder();
        int b = builder.shown("b", 3);
        int c = builder.shown("c", 3);
        int a = builder.shown("a", 6);
        builder.sum(a, List.of(b, c)).same(b, c);

        SuppressedTable result = suppression.apply(builder.build());

        assertThat(result.protection(b)).containsInstanceOf(ComponentScaling.class);
        assertThat(result.hiddenCells()).containsExactlyInAnyOrder(a, b, c);
        assertThat(audit.findings(result)).isEmpty();
    }

    @Test
    void aTableWithNothingSmallIsShownWhole() {
        CrossTabulation cross = CrossTabulation.of(List.of("r1", "r2"), List.of("A", "B"), new long[][] {
                {0, 11},
                {30, 12}});

        SuppressedTable result = suppression.apply(cross.table());

        assertThat(result.hiddenCells()).isEmpty();
        assertThat(result.protections()).isEmpty();
    }

    @Test
    void aLowerThresholdHidesLess() {
        CrossTabulation cross = CrossTabulation.of(List.of("r1", "r2"), List.of("A", "B"), new long[][] {
                {5, 20},
                {40, 50}});

        SuppressedTable result = new ComplementarySuppression(new SuppressionPolicy(5, 30)).apply(cross.table());

        assertThat(result.hiddenCells()).isEmpty();
    }
}
