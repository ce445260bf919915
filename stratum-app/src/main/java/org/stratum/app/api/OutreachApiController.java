package org.stratum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.security.Principal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stratum.app.web.outreach.OutreachLists;

/**
 * Outreach lists over HTTP: patient-level, so for analysts and administrators only (403 for a viewer),
 * limited to the caller's sites, and every call written to the audit log as the page's views are.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
class OutreachApiController {
    private final OutreachLists lists;

    OutreachApiController(OutreachLists lists) {
        this.lists = lists;
    }

    @GetMapping("/api/v1/outreach")
    @Operation(summary = "A page of 50 patients of your sites eligible for a measure who do not meet it, in the strata"
            + " asked for (analysts and administrators; audited)")
    OutreachJson outreach(@Parameter(description = "The measure's id or CMS number") @RequestParam(required = false)
            String measure,
            @Parameter(description = "START/END or a year; default the latest computed") @RequestParam(required = false)
            String period,
            @Parameter(description = "The measure group; default the first") @RequestParam(required = false) String group,
            @Parameter(description = "DIM=VALUE, repeatable; a site must be one of yours") @RequestParam(name = "filter",
                    required = false) List<String> filters,
            @Parameter(description = "The page, from 1") @RequestParam(defaultValue = "1") String page, Principal user) {
        return OutreachJson.of(lists.page(user.getName(), measure, period, group, filters, page, "/api/v1/outreach"));
    }
}
