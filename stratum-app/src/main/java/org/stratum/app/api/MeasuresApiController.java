package org.stratum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stratum.app.api.MeasureOverviewJson.StrataPeriod;
import org.stratum.app.api.MeasureOverviewJson.TrendPoint;
import org.stratum.app.equity.StrataJson;
import org.stratum.app.equity.StrataParameters;
import org.stratum.app.equity.StrataViews;
import org.stratum.app.equity.WarehouseStrataViews;
import org.stratum.app.equity.ShownTotal;
import org.stratum.core.equity.Direction;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.MeasureTotal;
import org.stratum.engine.equity.MeasureTotals;

/**
 * The measures over HTTP for any signed-in role: aggregates only, always suppressed as for a viewer
 * (there is no way to turn suppression off over HTTP), so nothing here is patient data.
 */
@RestController
@RequestMapping("/api/v1/measures")
class MeasuresApiController {
    private final WarehouseStrataViews sources;

    MeasuresApiController(WarehouseStrataViews sources) {
        this.sources = sources;
    }

    @GetMapping
    @Operation(summary = "Every measure in the library, with the periods it was computed for (latest first)")
    List<MeasureSummary> measures() {
        StrataViews views = sources.views();
        return sources.library().measures().stream().map(m -> new MeasureSummary(m.id(), m.cmsId() == null || m.cmsId().isBlank() ? null
                : m.cmsId(), m.displayName(), better(m), views.periods(m).stream().map(MeasurementPeriod::toString).toList()))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A measure's rate and 95% interval in a period, with its rolling twelve-month trend")
    MeasureOverviewJson overview(@PathVariable String id,
            @Parameter(description = "START/END or a year; default the latest computed") @RequestParam(required = false)
            String period) {
        StrataViews views = sources.views();
        MeasureDefinition measure = views.measure(id);
        MeasurementPeriod chosen = views.period(measure, period);
        MeasureTotals totals = sources.totals();
        ShownTotal shown = ShownTotal.of(total(totals, measure, chosen));
        List<TrendPoint> trend = new ArrayList<>();
        if (twelveMonths(chosen)) {
            views.computedPeriods(measure).stream().filter(MeasuresApiController::twelveMonths)
                    .filter(p -> !p.end().isAfter(chosen.end())).sorted(Comparator.comparing(MeasurementPeriod::end))
                    .forEach(p -> {
                        ShownTotal point = ShownTotal.of(total(totals, measure, p));
                        trend.add(new TrendPoint(period(p), point.eligible(), point.rate()));
                    });
        }
        return new MeasureOverviewJson(measure.id(), measure.displayName(), better(measure), period(chosen),
                shown.eligible(), shown.rate(), shown.rateLow(), shown.rateHigh(), trend);
    }

    @GetMapping("/{id}/strata")
    @Operation(summary = "A measure by one or two dimensions among filtered patients, as `stratum stratify` gives it;"
            + " dimensions and values in docs/dimensions.md")
    StrataJson strata(@PathVariable String id,
            @Parameter(description = "One or two dimensions, e.g. race-2024 or race-2024,site") @RequestParam List<String> by,
            @Parameter(description = "DIM=VALUE, repeatable") @RequestParam(name = "filter", required = false)
            List<String> filters,
            @Parameter(description = "START/END or a year") @RequestParam(required = false) String period,
            @Parameter(description = "best, largest, overall, rest or a stratum") @RequestParam(required = false)
            String reference) {
        return StrataJson.of(sources.views().build(new StrataParameters(id, by, filters, period, reference, true)));
    }

    private static MeasureTotal total(MeasureTotals totals, MeasureDefinition measure, MeasurementPeriod period) {
        String group = measure.groups().get(0).id();
        return totals.totals(period).stream().filter(t -> t.measureId().equals(measure.id()) && t.groupId().equals(group))
                .findFirst().orElse(new MeasureTotal(measure.id(), group, period, 0, 0, 0));
    }

    private static boolean twelveMonths(MeasurementPeriod period) {
        return period.start().plusYears(1).minusDays(1).equals(period.end());
    }

    private static StrataPeriod period(MeasurementPeriod period) {
        return new StrataPeriod(period.start().toString(), period.end().toString());
    }

    private static String better(MeasureDefinition measure) {
        return measure.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower";
    }
}
