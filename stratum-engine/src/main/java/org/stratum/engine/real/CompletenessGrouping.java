package org.stratum.engine.real;

import java.util.Arrays;
import java.util.Optional;

/** What a REAL completeness report groups patients by. */
public enum CompletenessGrouping {
    /** The patient's attributed site in the period, chosen as the measure run chooses it. */
    SITE("site", true),
    /** The data source the patient's record came from ({@code patient.source}). */
    SOURCE("source", true),
    /** Where the patient's counted race and ethnicity answers were collected ({@code collected_via}). */
    CHANNEL("channel", true),
    /** Each month of the period: patients with a visit that month, their answers as recorded by its end. */
    MONTH("month", false);

    private final String key;
    private final boolean partition;

    CompletenessGrouping(String key, boolean partition) {
        this.key = key;
        this.partition = partition;
    }

    public String key() {
        return key;
    }

    /** Whether every patient is in exactly one group, so that groups add up to everyone. */
    public boolean partition() {
        return partition;
    }

    public static Optional<CompletenessGrouping> fromKey(String key) {
        return Arrays.stream(values()).filter(g -> g.key.equals(key)).findFirst();
    }
}
