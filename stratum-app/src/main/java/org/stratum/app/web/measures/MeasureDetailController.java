package org.stratum.app.web.measures;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stratum.app.equity.Figures;

/**
 * A measure stratified: chart, the table behind it and its CSV, for every signed-in role. Only
 * aggregates, suppressed as the core suppression decides, so nothing here is audited as patient data.
 */
@Controller
class MeasureDetailController {
    private final MeasureDetails details;

    MeasureDetailController(MeasureDetails details) {
        this.details = details;
    }

    @GetMapping("/measures/{id}")
    String detail(@PathVariable String id, @RequestParam(required = false) String period,
            @RequestParam(required = false) String group, @RequestParam(required = false) String by,
            @RequestParam(required = false) String reference, Model model) {
        model.addAttribute("detail", details.build(id, period, group, by, reference));
        model.addAttribute("figures", new Figures());
        return "measures/detail";
    }

    @GetMapping("/measures/{id}/table.csv")
    ResponseEntity<String> csv(@PathVariable String id, @RequestParam(required = false) String period,
            @RequestParam(required = false) String group, @RequestParam(required = false) String by,
            @RequestParam(required = false) String reference) {
        MeasureDetail detail = details.build(id, period, group, by, reference);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(detail.fileName()).build().toString())
                .body(StratumTableCsv.write(detail));
    }
}
