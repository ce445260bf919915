package org.stratum.core.equity.gaps;

import java.util.Objects;

/**
 * The patients a comparison is made among: everyone, or those with one value of a filter (a site, a
 * clinician, a payer, an age band…). The toolkit's Opportunity 4 uses such filters to find where a
 * gap is; groups are compared with everyone else in the same slice, never across slices.
 *
 * @param filter      what the slice is cut by, e.g. {@code site}; {@value #EVERYONE} for no filter
 * @param value       the filter's value as stored, e.g. {@code harbor}
 * @param description the patients in words, completing "among …", e.g. "patients at site Harbor View Medical Group"
 */
public record Slice(String filter, String value, String description) {
    /** The filter of the slice holding everyone. */
    public static final String EVERYONE = "none";

    public Slice {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(description, "description");
    }

    /** All patients, unfiltered. */
    public static Slice everyone() {
        return new Slice(EVERYONE, "all", "all patients");
    }

    public boolean isEveryone() {
        return filter.equals(EVERYONE);
    }
}
