package org.stratum.app.equity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.stratum.engine.equity.StratifyingDimension;

/**
 * A stratified view as JSON, the same for {@code stratum stratify --format json} and
 * {@code GET /api/v1/measures/{id}/strata}: field names in snake case, a hidden value as null.
 *
 * @param suppression "small counts hidden", or a warning that they are not (command line only)
 */
public record StrataJson(String measure, String group, Period period, List<String> by, Map<String, List<String>> filters,
        String reference, String suppression, List<Cell> strata, Cell total, Summary summary) {

    static final String SUPPRESSED = "counts of 1 to 10, and counts that would reveal one, are hidden (null)";
    static final String NOT_SUPPRESSED = "NOT SUPPRESSED (--no-suppress): every count is shown; for local analysis"
            + " only, never to be shared";

    public record Period(String start, String end) {
    }

    /** One stratum, or the total (whose key is empty and whose comparison fields are null). */
    public record Cell(List<String> key, String label, Long denominator, Long numerator, Double rate,
            @JsonProperty("ci_low") Double ciLow, @JsonProperty("ci_high") Double ciHigh, Double difference,
            @JsonProperty("difference_ci_low") Double differenceCiLow,
            @JsonProperty("difference_ci_high") Double differenceCiHigh, Double ratio,
            @JsonProperty("ratio_ci_low") Double ratioCiLow, @JsonProperty("ratio_ci_high") Double ratioCiHigh,
            @JsonProperty("p_value") Double pValue, Boolean meaningful, boolean suppressed, boolean unstable) {

        static Cell of(List<String> key, StratumRow row) {
            return new Cell(key, row.stratum(), row.denominator(), row.numerator(), row.rate(), row.rateLow(),
                    row.rateHigh(), row.difference(), row.differenceLow(), row.differenceHigh(), row.ratio(),
                    row.ratioLow(), row.ratioHigh(), row.pValue(), row.meaningful(), row.suppressed(), row.unstable());
        }
    }

    /** The disparity measures over the shown, stable strata; {@code note} says why any is missing. */
    public record Summary(int groups, List<DisparitySummary.Measure> measures, String note) {
    }

    public static StrataJson of(StrataView view) {
        List<Cell> strata = new ArrayList<>();
        for (int s = 0; s < view.strata().size(); s++) {
            strata.add(Cell.of(view.strata().get(s).key(), view.row(s)));
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        view.filters().forEach((dimension, values) -> filters.put(dimension.parameter(), List.copyOf(new TreeSet<>(values))));
        String reference = view.table().note() == null ? view.table().referenceLabel()
                : view.table().referenceLabel() + " (" + view.table().note() + ")";
        return new StrataJson(view.measure().id(), view.group().id(),
                new Period(view.period().start().toString(), view.period().end().toString()),
                view.by().stream().map(StratifyingDimension::parameter).toList(), filters, reference,
                view.suppressed() ? SUPPRESSED : NOT_SUPPRESSED, strata, Cell.of(List.of(), view.total()),
                new Summary(view.summary().groups(), view.summary().measures(), view.summary().note()));
    }
}
