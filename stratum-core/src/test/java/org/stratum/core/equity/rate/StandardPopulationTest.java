package org.stratum.core.equity.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardPopulationTest {

    @Test
    void esp2013HasNineteenFiveYearBandsPerHundredThousand() {
        StandardPopulation esp = StandardPopulation.esp2013();
        assertThat(esp.size()).isEqualTo(19);
        assertThat(esp.totalWeight()).isEqualTo(100_000);
        assertThat(esp.bands().get(0)).isEqualTo(new StandardAgeBand("0-4", 0, 4, 5000));
        assertThat(esp.bands().get(18).isOpenEnded()).isTrue();
        // The vector built into PHEindicatormethods (data-raw/LoadTestdata.R).
        assertThat(esp.bands()).extracting(StandardAgeBand::weight).containsExactly(5000.0, 5500.0, 5500.0, 5500.0,
                6000.0, 6000.0, 6500.0, 7000.0, 7000.0, 7000.0, 7000.0, 6500.0, 6000.0, 5500.0, 5000.0, 4000.0, 2500.0,
                1500.0, 1000.0);
    }

    @Test
    void us2000HasTheElevenNchsGroupsPerMillion() {
        StandardPopulation us = StandardPopulation.us2000();
        assertThat(us.size()).isEqualTo(11);
        assertThat(us.totalWeight()).isEqualTo(1_000_000);
        assertThat(us.bandFor(0).label()).isEqualTo("<1");
        assertThat(us.bandFor(47).label()).isEqualTo("45-54");
        assertThat(us.bandFor(103).label()).isEqualTo("85+");
    }

    @Test
    void rejectsOverlappingBands() {
        List<StandardAgeBand> bands = List.of(new StandardAgeBand("0-9", 0, 9, 1), new StandardAgeBand("5-14", 5, 14, 1));
        assertThatThrownBy(() -> StandardPopulation.of("broken", bands)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlaps");
    }

    @Test
    void rejectsANegativeWeight() {
        assertThatThrownBy(() -> new StandardAgeBand("25-29", 25, 29, -6000))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
