package org.stratum.app.web.outreach;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureGroup;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.StratumFilter;

/** An outreach list's parameters, checked: the measure group, the period and the strata. */
public record OutreachRequest(MeasureDefinition measure, MeasureGroup group, MeasurementPeriod period,
        List<StratumFilter> filters) {

    public OutreachRequest {
        filters = List.copyOf(filters);
    }

    public String title() {
        return measure.groups().size() > 1 ? measure.displayName() + ": " + group.title() : measure.displayName();
    }

    /** The strata in words, e.g. "language: Spanish (es); site: Harbor"; "all patients" without filters. */
    public String strata() {
        return filters.isEmpty() ? "all patients" : filters.stream()
                .map(f -> f.dimension().title() + ": " + f.value()).collect(Collectors.joining("; "));
    }

    /** The query string of this list, in the page's URL contract, for links, the CSV and saved views. */
    public String query() {
        List<String> parts = new ArrayList<>();
        parts.add("measure=" + encode(measure.id()));
        parts.add("period=" + encode(period.toString()));
        if (measure.groups().size() > 1) {
            parts.add("group=" + encode(group.id()));
        }
        filters.forEach(f -> parts.add("filter=" + encode(f.dimension().parameter() + "=" + f.value())));
        return String.join("&", parts);
    }

    /** The CSV file's name: measure, group and period, nothing a user typed verbatim. */
    public String fileName() {
        return String.join("_", "outreach", measure.id(), group.id(), period.start().toString(), period.end().toString())
                + ".csv";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
