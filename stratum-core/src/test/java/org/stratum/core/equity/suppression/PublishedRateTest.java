package org.stratum.core.equity.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PublishedRateTest {

    @Test
    void ratesAreHiddenWithTheirNumeratorAndSmallDenominatorsAreMarkedUnstable() {
        PublishedTable.Builder builder = PublishedTable.builder();
        MeasureCells measure = StratifiedMeasureTable.add(builder, "CMS165", List.of("White", "Black", "Asian", "Hispanic"),
                new long[] {150, 8, 45, 70}, new long[] {200, 25, 60, 100});
        SuppressedTable suppressed = new ComplementarySuppression(SuppressionPolicy.CMS).apply(builder.build());

        List<PublishedRate> rows = PublishedRate.rows(suppressed, measure);

        assertThat(rows).extracting(PublishedRate::stratum).containsExactly("White", "Black", "Asian", "Hispanic", "Total");
        PublishedRate black = rows.get(1);
        assertThat(black.numerator()).isEmpty();
        assertThat(black.rate()).isEmpty();
        assertThat(black.denominator()).isEqualTo(OptionalLong.of(25));
        assertThat(black.unstable()).isTrue();
        assertThat(rows.get(0).rate()).isEqualTo(OptionalDouble.of(0.75));
        assertThat(rows.get(0).unstable()).isFalse();
        assertThat(rows.get(4).numerator()).isEqualTo(OptionalLong.of(273));
    }

    @Test
    void aHiddenDenominatorCarriesNoStabilityFlag() {
        PublishedTable.Builder builder = PublishedTable.builder();
        MeasureCells measure = StratifiedMeasureTable.add(builder, "CMS122", List.of("NHPI", "Asian", "White"),
                new long[] {3, 40, 50}, new long[] {7, 80, 90});
        SuppressedTable suppressed = new ComplementarySuppression(SuppressionPolicy.CMS).apply(builder.build());

        PublishedRate nhpi = PublishedRate.rows(suppressed, measure).get(0);

        assertThat(nhpi.denominator()).isEmpty();
        assertThat(nhpi.unstable()).isFalse();
    }

    @Test
    void aZeroDenominatorHasNoRate() {
        PublishedTable.Builder builder = PublishedTable.builder();
        MeasureCells measure = StratifiedMeasureTable.add(builder, "CMS2", List.of("AIAN", "White"),
                new long[] {0, 40}, new long[] {0, 90});
        SuppressedTable suppressed = new ComplementarySuppression(SuppressionPolicy.CMS).apply(builder.build());

        PublishedRate aian = PublishedRate.rows(suppressed, measure).get(0);

        assertThat(aian.denominator()).isEqualTo(OptionalLong.of(0));
        assertThat(aian.rate()).isEmpty();
    }
}
