package org.stratum.core.equity.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PrimarySuppressionTest {

    @Test
    void cmsHidesOneToTenAndShowsZeroAndEleven() {
        PublishedTable.Builder builder = PublishedTable.builder();
        for (long count : new long[] {0, 1, 10, 11, 250}) {
            builder.shown("count " + count, count);
        }
        PublishedTable table = builder.build();

        assertThat(new PrimarySuppression(SuppressionPolicy.CMS).smallCells(table).stream().toArray())
                .containsExactly(1, 2);
    }

    @Test
    void derivableCountsAreAlwaysHiddenAndProtectedWhenSmall() {
        PublishedTable.Builder builder = PublishedTable.builder();
        builder.shown("shown", 40);
        builder.derived("derived large", 40);
        builder.derived("derived small", 4);
        PublishedTable table = builder.build();
        PrimarySuppression primary = new PrimarySuppression(SuppressionPolicy.CMS);

        assertThat(primary.hiddenCells(table).stream().toArray()).containsExactly(1, 2);
        assertThat(primary.smallCells(table).stream().toArray()).containsExactly(2);
    }

    @Test
    void theThresholdIsConfigurable() {
        SuppressionPolicy five = new SuppressionPolicy(5, 20);

        assertThat(five.isSmall(4)).isTrue();
        assertThat(five.isSmall(5)).isFalse();
        assertThat(five.isUnstable(19)).isTrue();
        assertThat(five.isUnstable(20)).isFalse();
        assertThrows(IllegalArgumentException.class, () -> new SuppressionPolicy(0, 30));
    }
}
