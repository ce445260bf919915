package org.stratum.app.web.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.engine.equity.MeasureStrata;
import org.stratum.engine.equity.StratifyingDimension;

/** The overview's gap column: the core gap finder over race and ethnicity strata, small counts never shown. */
class RaceAndEthnicityGapsTests {
    private final MeasureDefinition screening = MeasureLibrary.builtIn().require("CMS130");
    private final String id = screening.id() + "/" + screening.groups().get(0).id();

    @Test
    void theGapWithTheMostPatientsToEquityIsTheOneShown() {
        Map<String, LargestGap> gaps = RaceAndEthnicityGaps.largest(List.of(screening), counts(
                new GroupCount("Group A", 300, 1000), new GroupCount("Group B", 120, 200),
                new GroupCount("Group C", 1400, 2000)));

        LargestGap gap = gaps.get(id);
        assertThat(gap.group()).isEqualTo("Group A");
        assertThat(gap.difference()).isNegative();
        // Group A needs 300 + x of 1000 to reach everyone else's 1,520/2,200: about 391 more patients.
        assertThat(gap.patientsToEquity()).isBetween(380L, 400L);
        assertThat(gap.dimension()).isEqualTo(StratifyingDimension.RACE_2024.title());
    }

    @Test
    void equalRatesGiveNoGap() {
        assertThat(RaceAndEthnicityGaps.largest(List.of(screening), counts(new GroupCount("Group A", 600, 1000),
                new GroupCount("Group B", 1200, 2000)))).isEmpty();
    }

    @Test
    void aGapRestingOnACountOfOneToTenIsNotShown() {
        // 5 of 40 met: a real gap, but 5 is a small count the difference and patients to equity would reveal.
        assertThat(RaceAndEthnicityGaps.largest(List.of(screening), counts(new GroupCount("Group A", 5, 40),
                new GroupCount("Group B", 1400, 2000)))).isEmpty();
    }

    private Map<MeasureStrata.Key, List<GroupCount>> counts(GroupCount... strata) {
        Map<MeasureStrata.Key, List<GroupCount>> counts = new LinkedHashMap<>();
        counts.put(new MeasureStrata.Key(screening.id(), screening.groups().get(0).id(), StratifyingDimension.RACE_2024),
                List.of(strata));
        return counts;
    }
}
