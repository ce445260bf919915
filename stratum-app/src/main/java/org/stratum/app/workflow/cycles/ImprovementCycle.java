package org.stratum.app.workflow.cycles;

import java.time.LocalDate;
import java.util.Arrays;
import org.stratum.app.workflow.Changed;
import org.stratum.core.toolkit.KeyDriver;
import org.stratum.core.toolkit.Opportunity;

/** A cycle of improvement: one opportunity pursued over a planned period (Quick Start steps 4 and 5). */
public record ImprovementCycle(long id, String name, Opportunity opportunity, LocalDate startsOn, LocalDate endsOn,
        String notes, Changed changed) {

    /** The key driver the cycle's opportunity strengthens (toolkit Figure 2). */
    public KeyDriver driver() {
        return Arrays.stream(KeyDriver.values())
                .filter(driver -> driver.opportunity().filter(opportunity::equals).isPresent())
                .findFirst().orElseThrow();
    }

    public boolean isUnderWayOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
