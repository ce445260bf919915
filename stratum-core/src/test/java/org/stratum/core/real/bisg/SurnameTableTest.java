package org.stratum.core.real.bisg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Looking surnames up the way the Census keyed them, and its suppressed cells. */
class SurnameTableTest {
    // Percentages in BisgGroup order: hispanic, white, black, api, aian, multiracial.
    private final SurnameTable table = SurnameTable.builder()
            .add("OHARA", 1.5, 92.0, 2.5, 1.0, 0.5, 2.5)
            .add("SMITH", 2.4, 70.9, 23.11, 0.5, 0.89, 2.19)
            .add("GARCIA", 92.03, 5.38, 0.45, 1.41, 0.47, 0.26)
            .add("VANG", 0.42, 1.37, null, 96.7, null, 1.41)
            .build();

    @Test
    void punctuationSpacesCaseAndGenerationalSuffixesAreIgnored() {
        assertThat(table.lookup("O'Hara")).isEqualTo(table.lookup("OHARA"));
        assertThat(table.lookup("smith jr.")).isEqualTo(table.lookup("SMITH")).isPresent();
        assertThat(table.lookup("Smith III")).isPresent();
        assertThat(table.lookup("Nguyen")).isEmpty();
        assertThat(table.lookup("  ")).isEmpty();
        assertThat(table.lookup(null)).isEmpty();
    }

    @Test
    void aDoubleBarrelledSurnameFallsBackToItsFirstThenLastPartOnTheList() {
        assertThat(table.lookup("Garcia-Smith")).isEqualTo(table.lookup("GARCIA"));
        assertThat(table.lookup("Nguyen-Smith")).isEqualTo(table.lookup("SMITH"));
        assertThat(table.lookup("Garcia Smith")).isEqualTo(table.lookup("GARCIA"));
    }

    @Test
    void suppressedCellsShareWhatTheKnownCellsLeaveEqually() {
        GroupProbabilities vang = table.lookup("VANG").orElseThrow();

        double left = (100 - 0.42 - 1.37 - 96.7 - 1.41) / 2 / 100;
        assertThat(vang.of(BisgGroup.BLACK)).isCloseTo(left, within(1e-12));
        assertThat(vang.of(BisgGroup.AIAN)).isCloseTo(left, within(1e-12));
        assertThat(vang.of(BisgGroup.API)).isCloseTo(0.967, within(1e-12));
    }

    @Test
    void aRowThatCannotBeOnTheListIsRefusedWithItsReason() {
        assertThatThrownBy(() -> SurnameTable.builder().add("O'HARA", 1.0, 1.0, 1.0, 1.0, 1.0, 95.0))
                .hasMessageContaining("upper-case letters");
        assertThatThrownBy(() -> SurnameTable.builder().add("SMITH", 60.0, 60.0, 0.0, 0.0, 0.0, 0.0))
                .hasMessageContaining("more than 100");
        assertThatThrownBy(() -> SurnameTable.builder().add("SMITH", -1.0, 60.0, 0.0, 0.0, 0.0, 0.0))
                .hasMessageContaining("from 0 to 100");
        assertThatThrownBy(() -> SurnameTable.builder().add("SMITH", 2.4, 70.9, 23.11, 0.5, 0.89, 2.19)
                .add("SMITH", 2.4, 70.9, 23.11, 0.5, 0.89, 2.19)).hasMessageContaining("twice");
    }
}
