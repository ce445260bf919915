package org.stratum.core.equity.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The attacker itself must be able to break weak suppression, or its failures prove nothing. */
class AttackerTest {
    private final LinearProgrammingAttacker attacker = new LinearProgrammingAttacker();

    @Test
    void recoversACellHiddenAloneInItsRow() {
        CrossTabulation cross = CrossTabulation.of(List.of("r1", "r2"), List.of("A", "B"), new long[][] {
                {5, 20},
                {40, 50}});
        SuppressedTable primaryOnly = hiding(cross.table(), cross.cell(0, 0));

        FeasibleInterval interval = attacker.attack(primaryOnly).get(cross.cell(0, 0));

        assertThat(interval.pinned()).isTrue();
        assertThat(interval.min()).isCloseTo(5, within(1e-9));
        assertThat(new SuppressionAudit().findings(primaryOnly)).isNotEmpty();
    }

    @Test
    void boundsARectangleWhosePartnersAreTooSmall() {
        // Hiding 5, 2, 3, 4 as a rectangle stops exact recovery, but the 5 can grow only as far as
        // its partners 2 and 3 can shrink, and a reader knows hidden cells are at least 1 (zeros are
        // shown): by min(2 − 1, 3 − 1) = 1. The reader learns it is at most 6, hence small.
        CrossTabulation cross = CrossTabulation.of(List.of("r1", "r2"), List.of("A", "B"), new long[][] {
                {5, 2},
                {3, 4}});
        SuppressedTable rectangleOnly = hiding(cross.table(), cross.cell(0, 0), cross.cell(0, 1), cross.cell(1, 0),
                cross.cell(1, 1));

        Map<Integer, FeasibleInterval> intervals = attacker.attack(rectangleOnly);

        assertThat(intervals.get(cross.cell(0, 0)).max()).isCloseTo(6, within(1e-9));
        assertThat(intervals.get(cross.cell(0, 0)).provenBelow(11)).isTrue();
    }

    @Test
    void seesThatANeverDisplayedCountIsDerivable() {
        PublishedTable.Builder builder = PublishedTable.builder();
        MeasureCells measure = StratifiedMeasureTable.add(builder, "m", List.of("s"), new long[] {195}, new long[] {200});
        PublishedTable table = builder.build();
        SuppressedTable nothingHidden = hiding(table);

        FeasibleInterval notMet = attacker.attack(nothingHidden).get(measure.notMet(0));

        assertThat(notMet.pinned()).isTrue();
        assertThat(notMet.max()).isCloseTo(5, within(1e-9));
    }

    private static SuppressedTable hiding(PublishedTable table, int... cells) {
        CellStatus[] statuses = new CellStatus[table.size()];
        for (int i = 0; i < table.size(); i++) {
            statuses[i] = table.cell(i).displayed() ? CellStatus.SHOWN : CellStatus.NOT_DISPLAYED;
        }
        for (int cell : cells) {
            statuses[cell] = CellStatus.SMALL;
        }
        return new SuppressedTable(table, SuppressionPolicy.CMS, statuses, Map.of());
    }
}
