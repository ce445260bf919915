package org.stratum.core.equity.compare;

import java.util.Objects;

/** Whether a group's difference from the reference is meaningful, the rule that decided it and why, in words. */
public record Meaningfulness(MeaningfulDifferenceRule rule, String explanation) {

    public Meaningfulness {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** Whether the difference is flagged as meaningful. */
    public boolean meaningful() {
        return rule.meaningful();
    }
}
