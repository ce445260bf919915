package org.stratum.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.stratum.app.api.MeasureOverviewJson.StrataPeriod;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.real.bisg.PublishedBisgEstimate;

/**
 * {@code GET /api/v1/measures/{id}/bisg}: a measure group's rate by BISG group among self-reporting
 * patients and BISG-weighted over everyone, a hidden value as null. Weighted counts are sums of
 * probabilities, given to the hundredth. {@code imputations} is false, and the counts null, when the
 * warehouse holds no BISG imputations.
 */
public record BisgJson(String measure, String group, StrataPeriod period, boolean imputations, String estimate,
        String suppression, Long eligible, Long imputed, @JsonProperty("not_imputable") Long notImputable,
        List<Group> groups) {

    static final String ESTIMATE = "population estimate, not any patient's race: patients without a self-report count"
            + " as their BISG probabilities; self-report always wins (docs/bisg.md)";
    static final String SUPPRESSION = "a group whose self-reported or weighted (rounded) count is 1 to 10, or would"
            + " reveal one, is hidden (null) on both sides";

    /** One BISG group, both ways. */
    public record Group(String group, String label, @JsonProperty("self_reported") SelfReported selfReported,
            @JsonProperty("bisg_weighted") Weighted weighted, boolean suppressed) {
    }

    public record SelfReported(Long eligible, Long met, Double rate, boolean unstable) {
    }

    public record Weighted(Double eligible, Double met, Double rate, boolean unstable) {
    }

    static BisgJson none(MeasureDefinition measure, String groupId, MeasurementPeriod period) {
        return new BisgJson(measure.id(), groupId, period(period), false, ESTIMATE, SUPPRESSION, null, null, null,
                List.of());
    }

    static BisgJson of(MeasureDefinition measure, MeasurementPeriod period, PublishedBisgEstimate.Estimate estimate) {
        List<Group> groups = estimate.rows().stream().map(row -> new Group(row.group().key(), row.group().label(),
                new SelfReported(boxed(row.selfReportedEligible()), boxed(row.selfReportedMet()),
                        boxed(row.selfReportedRate()), row.selfReportedUnstable()),
                new Weighted(hundredths(row.weightedEligible()), hundredths(row.weightedMet()), boxed(row.weightedRate()),
                        row.weightedUnstable()), row.hidden())).toList();
        return new BisgJson(measure.id(), estimate.groupId(), period(period), true, ESTIMATE, SUPPRESSION,
                boxed(estimate.eligible()), boxed(estimate.imputed()), boxed(estimate.notImputable()), groups);
    }

    private static StrataPeriod period(MeasurementPeriod period) {
        return new StrataPeriod(period.start().toString(), period.end().toString());
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static Double hundredths(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble() * 100) / 100.0 : null;
    }
}
