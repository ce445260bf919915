package org.stratum.engine.measure;

import java.time.Duration;
import java.util.List;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.ValueSetReference;

/**
 * What a run did with one measure: computed it, with counts per group and period, or not, because
 * value sets it needs are not loaded.
 */
public record MeasureOutcome(MeasureDefinition measure, CodeSource codes, List<ValueSetReference> missing,
        List<GroupCounts> counts, Duration elapsed) {

    public MeasureOutcome {
        missing = List.copyOf(missing);
        counts = List.copyOf(counts);
    }

    public boolean computed() {
        return missing.isEmpty();
    }

    /** Why the measure was not computed, for people; empty when it was. */
    public String missingExplained() {
        if (missing.isEmpty()) {
            return "";
        }
        return "not computed: the value sets " + String.join(", ", missing.stream()
                .map(v -> v.title() + " (" + v.oid() + ")").toList()) + " are not loaded; "
                + "load them with 'stratum valuesets import DIR'";
    }
}
