package org.stratum.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.stratum.core.equity.gaps.Gap;
import org.stratum.core.equity.suppression.SuppressionPolicy;

/**
 * One ranked gap as the API lists it. A gap resting on a count of 1 to 10 keeps its place and who it is
 * about, but every number (and the sentence quoting them) is null, as {@code stratum gaps} hides them.
 */
public record GapJson(int rank, String measure, String slice, String dimension, String group, boolean suppressed,
        @JsonProperty("group_rate") Double groupRate, @JsonProperty("reference_rate") Double referenceRate,
        Double difference, @JsonProperty("difference_ci_low") Double differenceCiLow,
        @JsonProperty("difference_ci_high") Double differenceCiHigh, @JsonProperty("q_value") Double qValue,
        @JsonProperty("patients_to_equity") Long patientsToEquity, String explanation) {

    static GapJson of(int rank, Gap gap) {
        boolean shown = gap.disclosable(SuppressionPolicy.CMS);
        return new GapJson(rank, gap.measure().id(), gap.slice().description(), gap.dimension(), gap.group().group(),
                !shown, shown ? gap.groupRate() : null, shown ? gap.referenceRate() : null,
                shown ? gap.difference().estimate() : null, shown ? gap.difference().interval().lower() : null,
                shown ? gap.difference().interval().upper() : null, shown ? gap.qValue() : null,
                shown ? gap.patients() : null, shown ? gap.explanation() : null);
    }
}
