package org.stratum.app.web.explore;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import org.stratum.app.equity.StrataParameters;
import org.stratum.app.equity.StrataView;
import org.stratum.app.equity.StrataViews;
import org.stratum.app.equity.WarehouseStrataViews;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.StratifyingDimension;
import org.stratum.engine.equity.Stratum;

/**
 * Builds the Explore page from its parameters: every view through {@link StrataViews}, so the page's
 * numbers, suppression and checks are those of the API and {@code stratum stratify}. Always suppressed.
 */
@Component
class ExplorePages {
    private final WarehouseStrataViews sources;

    ExplorePages(WarehouseStrataViews sources) {
        this.sources = sources;
    }

    ExplorePage build(String askedMeasure, String askedPeriod, String by, String across, List<String> filters,
            String site) {
        StrataViews views = sources.views();
        List<MeasureDefinition> measures = views.computedMeasures();
        if (measures.isEmpty()) {
            return new ExplorePage(measures, null, List.of(), null, views.dimensions(), null, null, List.of(), null, null,
                    null);
        }
        MeasureDefinition measure = askedMeasure == null || askedMeasure.isBlank() ? measures.get(0)
                : views.measure(askedMeasure);
        MeasurementPeriod period = views.period(measure, askedPeriod);
        String rows = by == null || by.isBlank() ? StratifyingDimension.RACE_2024.parameter() : by;
        List<String> dimensions = across == null || across.isBlank() ? List.of(rows) : List.of(rows, across);
        StrataView view = views.build(new StrataParameters(measure.id(), dimensions, filters, period.toString(), null, true));
        HeatMap heatMap = view.by().size() == 2 ? HeatMap.of(view) : null;
        return new ExplorePage(measures, measure, views.periods(measure), period, views.dimensions(), view.by().get(0),
                view.by().size() == 2 ? view.by().get(1) : null, choices(views, measure, period, view),
                view, heatMap, drill(views, measure, period, filters, site));
    }

    private static List<FilterChoice> choices(StrataViews views, MeasureDefinition measure, MeasurementPeriod period,
            StrataView view) {
        List<FilterChoice> choices = new ArrayList<>();
        Map<StratifyingDimension, Map<String, String>> values = views.values(measure, period, views.dimensions());
        for (StratifyingDimension dimension : views.dimensions()) {
            Set<String> ticked = view.filters().getOrDefault(dimension, Set.of());
            List<FilterChoice.Option> options = new ArrayList<>();
            values.get(dimension).forEach((value, label) -> options.add(
                    new FilterChoice.Option(dimension.parameter() + "=" + value, label, ticked.contains(value))));
            choices.add(new FilterChoice(dimension, options));
        }
        return choices;
    }

    private static DrillDown drill(StrataViews views, MeasureDefinition measure, MeasurementPeriod period,
            List<String> filters, String site) {
        StrataView sites = views.build(new StrataParameters(measure.id(), List.of("site"), filters, period.toString(),
                null, true));
        if (site == null || site.isBlank()) {
            return new DrillDown(sites, null, null, null);
        }
        List<String> atSite = new ArrayList<>(withoutSite(filters));
        atSite.add("site=" + site);
        StrataView clinicians = views.build(new StrataParameters(measure.id(), List.of("clinician"), atSite,
                period.toString(), null, true));
        String label = sites.strata().stream().filter(s -> s.key().get(0).equals(site)).map(Stratum::label).findFirst()
                .orElse(site);
        return new DrillDown(sites, site, label, clinicians);
    }

    /** The filters without those on site or clinician, which a drill-down replaces with its own. */
    static List<String> withoutSite(List<String> filters) {
        return filters.stream().filter(f -> !f.startsWith("site=") && !f.startsWith("clinician=")).toList();
    }

    /**
     * The patient list behind one clinician's row, in the form the outreach page takes:
     * {@code /outreach?measure=ID&period=START/END&filter=DIM=VALUE&filter=...}.
     */
    static String outreach(StrataView clinicians, Stratum clinician, String site) {
        StringBuilder link = new StringBuilder("/outreach?measure=").append(encode(clinicians.measure().id()))
                .append("&period=").append(encode(clinicians.period().toString()));
        List<String[]> filters = new ArrayList<>();
        for (Map.Entry<StratifyingDimension, Set<String>> filter : clinicians.filters().entrySet()) {
            if (filter.getKey() != StratifyingDimension.SITE && filter.getKey() != StratifyingDimension.CLINICIAN) {
                filter.getValue().stream().sorted().forEach(v -> filters.add(new String[] {filter.getKey().parameter(), v}));
            }
        }
        filters.add(new String[] {"site", site});
        filters.add(new String[] {"clinician", clinician.key().get(0)});
        filters.forEach(f -> link.append("&filter=").append(encode(f[0])).append('=').append(encode(f[1])));
        return link.toString();
    }

    static String encode(String value) {
        return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
    }
}
