package org.stratum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stratum.app.web.quality.DataQualityReport;

/** The Data quality page's numbers over HTTP, for any signed-in role: aggregates only, suppressed as on the page. */
@RestController
class DataQualityApiController {
    private final DataQualityReport report;

    DataQualityApiController(DataQualityReport report) {
        this.report = report;
    }

    @GetMapping("/api/v1/data-quality")
    @Operation(summary = "REAL data completeness by site, source or channel and by month, and the census comparison,"
            + " with counts of 1 to 10 (and counts revealing one) null")
    DataQualityJson quality(
            @Parameter(description = "START/END or a year; default the twelve months to the last month of data")
            @RequestParam(required = false) String period,
            @Parameter(description = "site (the default), source or channel") @RequestParam(required = false) String by,
            @Parameter(description = "The completeness target, a percentage from 0 to 100") @RequestParam(required = false)
            Double target) {
        return DataQualityJson.of(report.build(period, by, target));
    }
}
