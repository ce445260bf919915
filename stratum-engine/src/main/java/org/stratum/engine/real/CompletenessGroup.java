package org.stratum.engine.real;

import java.util.EnumMap;
import java.util.Map;

/**
 * The raw counts of one group of a completeness report: its patients and how many of them each
 * {@link CompletenessIndicator} counts. Not for printing as they are: {@link PublishedCompleteness}
 * hides the small ones.
 */
public record CompletenessGroup(String label, long patients, Map<CompletenessIndicator, Long> counts) {

    public CompletenessGroup {
        EnumMap<CompletenessIndicator, Long> all = new EnumMap<>(CompletenessIndicator.class);
        for (CompletenessIndicator indicator : CompletenessIndicator.values()) {
            all.put(indicator, counts.getOrDefault(indicator, 0L));
        }
        counts = Map.copyOf(all);
    }

    public long count(CompletenessIndicator indicator) {
        return counts.get(indicator);
    }
}
