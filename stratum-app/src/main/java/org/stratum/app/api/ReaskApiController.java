package org.stratum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stratum.app.web.quality.ReaskListings;

/**
 * The re-ask list over HTTP: patient-level, so for analysts and administrators only (403 for a viewer),
 * limited to the caller's sites, and every call written to the audit log as the page's views are.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
class ReaskApiController {
    private final ReaskListings listings;

    ReaskApiController(ReaskListings listings) {
        this.listings = listings;
    }

    @GetMapping("/api/v1/data-quality/reask")
    @Operation(summary = "Patients of your sites whose race, ethnicity or language should be asked for again"
            + " (analysts and administrators; audited)")
    ReaskJson reask(
            @Parameter(description = "START/END or a year; default the twelve months to the last month of data")
            @RequestParam(required = false) String period,
            @Parameter(description = "Years after which a self-reported answer is stale, 1 to 50")
            @RequestParam(required = false) Integer staleYears, Principal user) {
        return ReaskJson.of(listings.list(period, staleYears, user.getName(), "real.reask.view",
                "api/v1/data-quality/reask"));
    }
}
