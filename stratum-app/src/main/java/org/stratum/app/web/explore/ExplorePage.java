package org.stratum.app.web.explore;

import java.util.List;
import java.util.stream.Collectors;
import org.stratum.app.equity.StrataView;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.StratifyingDimension;
import org.stratum.engine.equity.Stratum;

/**
 * What the Explore page shows: the choices (measure, period, two dimensions, filters), the view, its heat
 * map when it has two dimensions, and the drill-down. {@code view} is null when nothing is computed yet.
 *
 * @param dimensions the dimensions offered (the optional ones only when turned on)
 * @param across     the second dimension, or null
 */
public record ExplorePage(List<MeasureDefinition> measures, MeasureDefinition measure, List<MeasurementPeriod> periods,
        MeasurementPeriod period, List<StratifyingDimension> dimensions, StratifyingDimension by,
        StratifyingDimension across, List<FilterChoice> filters, StrataView view, HeatMap heatMap, DrillDown drill) {

    public boolean computed() {
        return view != null;
    }

    /** This view again with one site drilled into, its clinicians' table in sight. */
    public String siteLink(Stratum site) {
        StringBuilder link = new StringBuilder("/explore?measure=").append(ExplorePages.encode(measure.id()))
                .append("&period=").append(ExplorePages.encode(period.toString()))
                .append("&by=").append(by.parameter());
        if (across != null) {
            link.append("&across=").append(across.parameter());
        }
        view.filters().forEach((dimension, values) -> values.stream().sorted().forEach(v -> link.append("&filter=")
                .append(dimension.parameter()).append('=').append(ExplorePages.encode(v))));
        return link.append("&site=").append(ExplorePages.encode(site.key().get(0))).append("#clinician-table").toString();
    }

    /** The ticked filters in words, e.g. "sex: female; deprivation quintile: Quintile 4 or Quintile 5"; empty when none. */
    public String filterSummary() {
        return filters.stream().filter(f -> f.checked() > 0)
                .map(f -> f.dimension().title() + ": " + f.options().stream().filter(FilterChoice.Option::checked)
                        .map(FilterChoice.Option::label).collect(Collectors.joining(" or ")))
                .collect(Collectors.joining("; "));
    }
}
