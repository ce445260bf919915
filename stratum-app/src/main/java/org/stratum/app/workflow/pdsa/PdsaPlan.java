package org.stratum.app.workflow.pdsa;

import java.time.LocalDate;
import java.util.Objects;

/** A PDSA cycle's plan: the change, what the team predicts, the measures it watches (may be null), the start. */
public record PdsaPlan(String changeTested, String prediction, String planMeasures, LocalDate startsOn,
        boolean startsNewPhase) {

    public PdsaPlan {
        Objects.requireNonNull(changeTested, "changeTested");
        Objects.requireNonNull(prediction, "prediction");
        Objects.requireNonNull(startsOn, "startsOn");
    }
}
