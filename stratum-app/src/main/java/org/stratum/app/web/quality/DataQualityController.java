package org.stratum.app.web.quality;

import org.stratum.app.equity.Figures;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.real.CompletenessGrouping;

/**
 * The Data quality page: REAL completeness by site, source or channel, the monthly trend and the
 * census comparison, for every signed-in role. Aggregates only, suppressed, so nothing is audited.
 */
@Controller
class DataQualityController {
    private final DataQualityReport report;
    private final QualitySources sources;

    DataQualityController(DataQualityReport report, QualitySources sources) {
        this.report = report;
        this.sources = sources;
    }

    @GetMapping("/data-quality")
    String page(@RequestParam(required = false) String period, @RequestParam(required = false) String by,
                @RequestParam(required = false) Double target, Model model) {
        model.addAttribute("quality", report.build(period, by, target));
        model.addAttribute("figures", new Figures());
        return "quality/data-quality";
    }

    @GetMapping("/data-quality/completeness.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String period, @RequestParam(required = false) String by,
                               @RequestParam(required = false) Double target) {
        MeasurementPeriod chosen = QualityRequest.period(period, sources.warehouse());
        CompletenessGrouping grouping = QualityRequest.grouping(by);
        double share = report.target(target);
        CompletenessTable table = report.table(chosen, grouping, share);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("real-completeness-" + grouping.key() + "-" + chosen.start() + "-" + chosen.end() + ".csv")
                        .build().toString())
                .body(CompletenessCsv.write(table, chosen, grouping.key(), share));
    }
}
