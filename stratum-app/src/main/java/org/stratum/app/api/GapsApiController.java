package org.stratum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stratum.app.equity.BadStrataParameter;
import org.stratum.app.equity.WarehouseStrataViews;
import org.stratum.core.equity.gaps.Gap;
import org.stratum.core.equity.gaps.GapCriteria;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.GapScan;
import org.stratum.engine.equity.GapScanResult;

/** The gap finder over HTTP, as {@code stratum gaps} ranks it, with the same criteria; any signed-in role. */
@RestController
class GapsApiController {
    private final WarehouseStrataViews sources;

    GapsApiController(WarehouseStrataViews sources) {
        this.sources = sources;
    }

    /** The ranked gaps of a period. */
    public record Gaps(String period, int comparisons, int found, List<GapJson> gaps) {
    }

    @GetMapping("/api/v1/gaps")
    @Operation(summary = "Meaningful gaps across every computed measure, ranked by patients to equity")
    Gaps gaps(@Parameter(description = "START/END or a year; default the latest computed") @RequestParam(required = false)
            String period, @Parameter(description = "How many gaps, 1 to 500") @RequestParam(defaultValue = "20") int limit,
            @Parameter(description = "Benjamini-Hochberg false discovery rate") @RequestParam(defaultValue = "0.05")
            double fdr,
            @Parameter(description = "The fewest eligible patients a compared group needs; at least 11")
            @RequestParam(name = "min-group", defaultValue = "30") long minimumGroup) {
        if (limit < 1 || limit > 500) {
            throw new BadStrataParameter("limit", "The limit is from 1 to 500, not " + limit + ".");
        }
        GapScan scan = sources.gaps();
        MeasurementPeriod chosen = period == null || period.isBlank()
                ? scan.latestComputedPeriod().orElseThrow(() -> new BadStrataParameter("period",
                        "No measure has been computed yet; run 'stratum measures run' first."))
                : parse(period);
        GapScanResult result = scan.scan(sources.library().measures(), chosen, criteria(fdr, minimumGroup));
        if (result.scanned().isEmpty()) {
            throw new BadStrataParameter("period", "No measure has been computed for " + chosen + ".");
        }
        List<GapJson> gaps = new ArrayList<>();
        List<Gap> top = result.findings().top(limit);
        for (int i = 0; i < top.size(); i++) {
            gaps.add(GapJson.of(i + 1, top.get(i)));
        }
        return new Gaps(chosen.toString(), result.findings().comparisons(), result.findings().gaps().size(), gaps);
    }

    private static GapCriteria criteria(double fdr, long minimumGroup) {
        GapCriteria criteria;
        try {
            criteria = GapCriteria.defaults().withFalseDiscoveryRate(fdr);
        } catch (IllegalArgumentException e) {
            throw new BadStrataParameter("fdr", e.getMessage());
        }
        try {
            return criteria.withMinimumGroupSize(minimumGroup);
        } catch (IllegalArgumentException e) {
            throw new BadStrataParameter("min-group", e.getMessage());
        }
    }

    private static MeasurementPeriod parse(String period) {
        try {
            return MeasurementPeriod.parse(period.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadStrataParameter("period", "'" + period + "' is not a period: write START/END, e.g."
                    + " 2025-01-01/2025-12-31, or a year such as 2025.");
        }
    }
}
