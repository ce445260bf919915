package org.stratum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stratum.app.web.measures.MeasureMonitors;

/** A measure's Monitor over HTTP, built as the page builds it; aggregates only, for any signed-in role. */
@RestController
class MonitorApiController {
    private final MeasureMonitors monitors;

    MonitorApiController(MeasureMonitors monitors) {
        this.monitors = monitors;
    }

    @GetMapping("/api/v1/measures/{id}/monitor")
    @Operation(summary = "Each stratum's control chart over the rolling twelve-month points, the Making Data Count"
            + " summary, the gap from a reference stratum and the change annotations, as the Monitor page shows them")
    MonitorJson monitor(@PathVariable String id,
            @Parameter(description = "The measure group's id; default the first") @RequestParam(required = false)
            String group,
            @Parameter(description = "The dimension, e.g. race-2024 (the default) or language") @RequestParam(required = false)
            String by,
            @Parameter(description = "largest (the default: the largest stratum shown) or a shown stratum, by its label"
                    + " or the code in its brackets") @RequestParam(required = false) String reference) {
        return MonitorJson.of(monitors.build(id, group, by, reference));
    }
}
