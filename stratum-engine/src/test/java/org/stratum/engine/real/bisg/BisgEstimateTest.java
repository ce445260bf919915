package org.stratum.engine.real.bisg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.core.real.bisg.BisgGroup;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The BISG estimate over a hand-built warehouse whose rates can be worked out on paper. In 2025: 40
 * self-reported Hispanic patients (25 meet the measure), 30 self-reported White (12 meet), 30 without
 * a self-report imputed 0.6 Hispanic and 0.4 White (15 meet), 24 with neither (12 meet). So the
 * weighted Hispanic group is 40 + 0.6 × 30 = 58 patients of whom 25 + 0.6 × 15 = 34 meet it, and the
 * weighted White group 30 + 12 = 42 of whom 12 + 6 = 18. 2024 adds 5 self-reported Black patients;
 * 2023 imputes 0.1 Asian or Pacific Islander, a weighted group of 3.
 */
class BisgEstimateTest {
    static final String MEASURE = "hand-built";
    static final MeasurementPeriod Y2025 = MeasurementPeriod.calendarYear(2025);
    static final MeasurementPeriod Y2024 = MeasurementPeriod.calendarYear(2024);
    static final MeasurementPeriod Y2023 = MeasurementPeriod.calendarYear(2023);
    private static Warehouse warehouse;

    @BeforeAll
    static void handBuild() throws SQLException {
        warehouse = Warehouse.inMemory();
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            HandBuiltBisgPopulation.insert(s, MEASURE, "main");
            HandBuiltBisgPopulation.insertSmallGroups(s, MEASURE);
        }
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    private static BisgEstimate.Estimate estimate(MeasurementPeriod period) {
        List<BisgEstimate.Estimate> estimates = new BisgEstimate(warehouse).estimate(MEASURE, period);
        assertThat(estimates).hasSize(1);
        return estimates.get(0);
    }

    private static Map<BisgGroup, PublishedBisgEstimate.Row> published(MeasurementPeriod period) {
        return PublishedBisgEstimate.of(estimate(period), SuppressionPolicy.CMS).rows().stream()
                .collect(Collectors.toMap(PublishedBisgEstimate.Row::group, Function.identity()));
    }

    @Test
    void selfReportCountsWholeAndImputedPatientsCountAsTheirProbabilities() {
        BisgEstimate.Estimate estimate = estimate(Y2025);

        assertThat(estimate.eligible()).isEqualTo(124);
        assertThat(estimate.met()).isEqualTo(64);
        assertThat(estimate.imputed()).isEqualTo(30);
        assertThat(estimate.imputedMet()).isEqualTo(15);
        assertThat(estimate.notImputable()).isEqualTo(24);
        Map<BisgGroup, BisgEstimate.GroupCounts> groups = estimate.groups().stream()
                .collect(Collectors.toMap(BisgEstimate.GroupCounts::group, Function.identity()));
        assertThat(groups.get(BisgGroup.HISPANIC).selfReportedEligible()).isEqualTo(40);
        assertThat(groups.get(BisgGroup.HISPANIC).selfReportedMet()).isEqualTo(25);
        assertThat(groups.get(BisgGroup.HISPANIC).weightedEligible()).isCloseTo(58, within(1e-9));
        assertThat(groups.get(BisgGroup.HISPANIC).weightedMet()).isCloseTo(34, within(1e-9));
        assertThat(groups.get(BisgGroup.WHITE).weightedEligible()).isCloseTo(42, within(1e-9));
        assertThat(groups.get(BisgGroup.WHITE).weightedMet()).isCloseTo(18, within(1e-9));
        assertThat(groups.get(BisgGroup.BLACK).weightedEligible()).isZero();
    }

    @Test
    void everyGroupIsShownWithTheRatesWorkedOutOnPaper() {
        PublishedBisgEstimate.Estimate shown = PublishedBisgEstimate.of(estimate(Y2025), SuppressionPolicy.CMS);
        Map<BisgGroup, PublishedBisgEstimate.Row> rows = published(Y2025);

        assertThat(shown.eligible()).hasValue(124);
        assertThat(shown.imputed()).hasValue(30);
        assertThat(shown.notImputable()).hasValue(24);
        assertThat(shown.rows()).noneMatch(PublishedBisgEstimate.Row::hidden);
        assertThat(rows.get(BisgGroup.HISPANIC).selfReportedRate().getAsDouble()).isCloseTo(0.625, within(1e-12));
        assertThat(rows.get(BisgGroup.HISPANIC).weightedRate().getAsDouble()).isCloseTo(34.0 / 58, within(1e-12));
        assertThat(rows.get(BisgGroup.WHITE).selfReportedRate().getAsDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(rows.get(BisgGroup.WHITE).weightedRate().getAsDouble()).isCloseTo(18.0 / 42, within(1e-12));
        assertThat(rows.get(BisgGroup.BLACK).selfReportedEligible()).hasValue(0);
        assertThat(rows.get(BisgGroup.BLACK).selfReportedRate()).isEmpty();
        assertThat(rows.get(BisgGroup.BLACK).hidden()).isFalse();
    }

    @Test
    void aSmallSelfReportedGroupIsHiddenAndCannotBeWorkedOutFromTheOtherCounts() {
        PublishedBisgEstimate.Estimate shown = PublishedBisgEstimate.of(estimate(Y2024), SuppressionPolicy.CMS);
        Map<BisgGroup, PublishedBisgEstimate.Row> rows = published(Y2024);

        PublishedBisgEstimate.Row black = rows.get(BisgGroup.BLACK);
        assertThat(black.hidden()).isTrue();
        assertThat(black.selfReportedRate()).isEmpty();
        assertThat(black.weightedEligible()).isEmpty();
        assertThat(black.weightedRate()).isEmpty();
        // The groups, the imputed and the not imputable add up to the eligible: one more of them must be hidden.
        long hiddenBesides = rows.values().stream().filter(r -> r.group() != BisgGroup.BLACK && r.hidden()).count()
                + (shown.imputed().isEmpty() ? 1 : 0) + (shown.notImputable().isEmpty() ? 1 : 0)
                + (shown.eligible().isEmpty() ? 1 : 0);
        assertThat(hiddenBesides).isPositive();
    }

    @Test
    void aGroupWhoseWeightedCountIsSmallIsHiddenOnBothSides() {
        Map<BisgGroup, PublishedBisgEstimate.Row> rows = published(Y2023);

        // Nobody reports Asian or Pacific Islander; 30 imputed patients at 0.1 make a weighted group of 3.
        assertThat(estimate(Y2023).groups().stream().filter(g -> g.group() == BisgGroup.API).findFirst().orElseThrow()
                .weightedEligible()).isCloseTo(3, within(1e-9));
        assertThat(rows.get(BisgGroup.API).hidden()).isTrue();
        assertThat(rows.get(BisgGroup.API).selfReportedEligible()).isEqualTo(OptionalLong.empty());
        assertThat(rows.get(BisgGroup.API).weightedEligible()).isEqualTo(OptionalDouble.empty());
        assertThat(rows.values().stream().filter(PublishedBisgEstimate.Row::hidden).count())
                .as("the weighted total is known, so a second group is hidden with it").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aPeriodWithoutResultsHasNoEstimateAndNobodyIsEstimatedAsZeros() {
        assertThat(new BisgEstimate(warehouse).estimate(MEASURE, MeasurementPeriod.calendarYear(2022))).isEmpty();
        PublishedBisgEstimate.Estimate nobody = PublishedBisgEstimate.of(BisgEstimate.Estimate.nobody("main"),
                SuppressionPolicy.CMS);
        assertThat(nobody.eligible()).hasValue(0);
        assertThat(nobody.rows()).hasSize(BisgGroup.values().length).noneMatch(PublishedBisgEstimate.Row::hidden);
    }
}
