package org.stratum.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A measure's headline for one period: eligible patients, the rate and its 95% Wilson interval (null
 * when suppression hides them), and the rolling twelve-month trend points up to the period.
 */
public record MeasureOverviewJson(String measure, String name, String better, StrataPeriod period, Long eligible,
        Double rate, @JsonProperty("ci_low") Double ciLow, @JsonProperty("ci_high") Double ciHigh, List<TrendPoint> trend) {

    public record StrataPeriod(String start, String end) {
    }

    /** One rolling twelve-month period's rate; null when hidden. */
    public record TrendPoint(StrataPeriod period, Long eligible, Double rate) {
    }
}
