package org.stratum.core.equity.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedTableTest {

    @Test
    void rejectsASumThatDoesNotAddUp() {
        PublishedTable.Builder builder = PublishedTable.builder();
        int a = builder.shown("a", 4);
        int b = builder.shown("b", 5);
        int total = builder.shown("total", 10);
        builder.sum(total, List.of(a, b));

        InconsistentTable thrown = assertThrows(InconsistentTable.class, builder::build);

        assertThat(thrown).hasMessageContaining("'total' is 10 but its parts add up to 9");
    }

    @Test
    void rejectsANumeratorAboveItsDenominator() {
        PublishedTable.Builder builder = PublishedTable.builder();

        InconsistentTable thrown = assertThrows(InconsistentTable.class, () -> StratifiedMeasureTable.add(builder,
                "CMS69", List.of("Asian"), new long[] {12}, new long[] {10}));

        assertThat(thrown).hasMessageContaining("CMS69 / Asian / not met").hasMessageContaining("-2");
    }

    @Test
    void rejectsASubgroupLargerThanItsWhole() {
        PublishedTable.Builder builder = PublishedTable.builder();
        MeasureCells site = StratifiedMeasureTable.add(builder, "site", List.of("Black"), new long[] {20}, new long[] {30});
        MeasureCells all = StratifiedMeasureTable.add(builder, "all", List.of("Black"), new long[] {15}, new long[] {40});

        assertThrows(InconsistentTable.class, () -> StratifiedMeasureTable.linkSubgroup(builder, site, all, "rest"));
    }

    @Test
    void rejectsASumOverUnknownCells() {
        PublishedTable.Builder builder = PublishedTable.builder();
        int a = builder.shown("a", 4);

        assertThrows(IndexOutOfBoundsException.class, () -> builder.sum(a, List.of(7)));
    }

    @Test
    void aCrossTabulationCarriesItsMargins() {
        CrossTabulation cross = CrossTabulation.of(List.of("r1", "r2"), List.of("A", "B", "C"), new long[][] {
                {1, 2, 3},
                {4, 5, 6}});

        PublishedTable table = cross.table();

        assertThat(table.cell(cross.rowTotal(1)).count()).isEqualTo(15);
        assertThat(table.cell(cross.columnTotal(2)).count()).isEqualTo(9);
        assertThat(table.cell(cross.grandTotal()).count()).isEqualTo(21);
        assertThat(table.cell(cross.cell(1, 0)).label()).isEqualTo("r2 / A");
        assertThat(table.sums()).hasSize(2 + 3 + 1);
    }
}
