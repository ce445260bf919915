package org.stratum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stratum.app.equity.BadStrataParameter;
import org.stratum.app.equity.StrataViews;
import org.stratum.app.equity.WarehouseStrataViews;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureGroup;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.real.bisg.BisgEstimate;
import org.stratum.engine.real.bisg.PublishedBisgEstimate;
import org.stratum.engine.warehouse.Warehouse;

/**
 * A measure's BISG estimate over HTTP, as the measure page shows it, for any signed-in role: aggregates
 * only, always suppressed, never a patient's imputed race.
 */
@RestController
class BisgApiController {
    private final WarehouseStrataViews sources;
    private final ObjectProvider<Warehouse> warehouse;

    BisgApiController(WarehouseStrataViews sources, ObjectProvider<Warehouse> warehouse) {
        this.sources = sources;
        this.warehouse = warehouse;
    }

    @GetMapping("/api/v1/measures/{id}/bisg")
    @Operation(summary = "A measure's rate by race and ethnicity estimated with BISG: self-reported patients only"
            + " beside everyone with BISG probabilities as weights where there is no self-report (docs/bisg.md)")
    BisgJson bisg(@PathVariable String id,
            @Parameter(description = "START/END or a year; default the latest computed") @RequestParam(required = false)
            String period,
            @Parameter(description = "The measure group's id or 1-based position; default the first")
            @RequestParam(required = false) String group) {
        StrataViews views = sources.views();
        MeasureDefinition measure = views.measure(id);
        MeasurementPeriod chosen = views.period(measure, period);
        MeasureGroup measureGroup = group == null || group.isBlank() ? measure.groups().get(0)
                : measure.group(group.trim()).orElseThrow(() -> new BadStrataParameter("group",
                        measure.displayName() + " has no group '" + group + "'."));
        BisgEstimate estimates = new BisgEstimate(warehouse.getObject());
        if (!estimates.hasImputations()) {
            return BisgJson.none(measure, measureGroup.id(), chosen);
        }
        return BisgJson.of(measure, chosen, PublishedBisgEstimate.of(
                estimates.estimate(measure.id(), chosen, measureGroup.id()), SuppressionPolicy.CMS));
    }
}
