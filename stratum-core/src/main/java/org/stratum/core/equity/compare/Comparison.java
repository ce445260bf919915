package org.stratum.core.equity.compare;

import java.util.Objects;
import java.util.Optional;

/**
 * One group compared with the reference: its counts, what it was compared with, the contrast (empty
 * for the reference group itself and whenever either side has no patients) and the verdict.
 *
 * @param reference how the reference reads on a report, e.g. "White" or "everyone else"
 * @param referenceValue the reference proportion on the measure's scale, empty when it has no patients
 */
public record Comparison(GroupCount group, String reference, Optional<Double> referenceValue,
        Optional<Contrast> contrast, Meaningfulness meaningfulness) {

    public Comparison {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(referenceValue, "referenceValue");
        Objects.requireNonNull(contrast, "contrast");
        Objects.requireNonNull(meaningfulness, "meaningfulness");
    }

    /** Whether the difference is flagged as meaningful. */
    public boolean meaningful() {
        return meaningfulness.meaningful();
    }

    /** The rule that decided the flag. */
    public MeaningfulDifferenceRule rule() {
        return meaningfulness.rule();
    }
}
