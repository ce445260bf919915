package org.stratum.app.workflow.efforts;

import java.util.Objects;

/** What an effort is: its title, equity aim, stakeholders and change ideas (these two may be null). */
public record EffortPlan(String title, EquityAim aim, String stakeholders, String changeIdeas) {

    public EffortPlan {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(aim, "aim");
    }
}
