package org.stratum.app.workflow.cycles;

import java.time.LocalDate;
import java.util.Objects;
import org.stratum.core.toolkit.Opportunity;

/** What a cycle is: its name, the opportunity pursued, the planned period and notes (may be null). */
public record CyclePlan(String name, Opportunity opportunity, LocalDate startsOn, LocalDate endsOn, String notes) {

    public CyclePlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opportunity, "opportunity");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
    }
}
