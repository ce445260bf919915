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
import org.stratum.app.equity.OfferedDimensions;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * A measure stratified: chart, the table behind it, the summary measures of disparity and the
 * exports (CSV, Excel, the chart as SVG, FHIR MeasureReport), and beside them the BISG estimate when
 * there are imputations, for every signed-in role. Only aggregates, suppressed as the core suppression
 * decides, so nothing here is audited as patient data.
 */
@Controller
class MeasureDetailController {
    private static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType FHIR_JSON = new MediaType("application", "fhir+json", StandardCharsets.UTF_8);
    private final MeasureDetails details;
    private final BisgSections bisg;
    private final SpringTemplateEngine templates;
    private final OfferedDimensions offered;

    MeasureDetailController(MeasureDetails details, BisgSections bisg, SpringTemplateEngine templates,
            OfferedDimensions offered) {
        this.details = details;
        this.bisg = bisg;
        this.templates = templates;
        this.offered = offered;
    }

    @GetMapping("/measures/{id}")
    String detail(@PathVariable String id, @RequestParam(required = false) String period,
            @RequestParam(required = false) String group, @RequestParam(required = false) String by,
            @RequestParam(required = false) String reference, Model model) {
        MeasureDetail detail = details.build(id, period, group, by, reference);
        model.addAttribute("detail", detail);
        model.addAttribute("dimensions", offered.all());
        model.addAttribute("bisg", bisg.of(detail.measure().id(), detail.group().id(), detail.period()));
        model.addAttribute("figures", new Figures());
        return "measures/detail";
    }

    @GetMapping("/measures/{id}/table.csv")
    ResponseEntity<String> csv(@PathVariable String id, @RequestParam(required = false) String period,
            @RequestParam(required = false) String group, @RequestParam(required = false) String by,
            @RequestParam(required = false) String reference) {
        MeasureDetail detail = details.build(id, period, group, by, reference);
        return download(detail, new MediaType("text", "csv", StandardCharsets.UTF_8), "csv", StratumTableCsv.write(detail));
    }

    @GetMapping("/measures/{id}/table.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String id, @RequestParam(required = false) String period,
            @RequestParam(required = false) String group, @RequestParam(required = false) String by,
            @RequestParam(required = false) String reference) {
        MeasureDetail detail = details.build(id, period, group, by, reference);
        return download(detail, XLSX, "xlsx", StratumTableXlsx.write(detail));
    }

    /** The chart as the page draws it, as a file of its own. */
    @GetMapping("/measures/{id}/chart.svg")
    ResponseEntity<String> svg(@PathVariable String id, @RequestParam(required = false) String period,
            @RequestParam(required = false) String group, @RequestParam(required = false) String by,
            @RequestParam(required = false) String reference) {
        MeasureDetail detail = details.build(id, period, group, by, reference);
        Context context = new Context();
        context.setVariable("chart", detail.chart());
        context.setVariable("heading", detail.title() + " by " + detail.dimension().title() + ", " + detail.period());
        return download(detail, SVG, "svg", templates.process("measures/chart-svg", context));
    }

    @GetMapping("/measures/{id}/report.json")
    ResponseEntity<String> measureReport(@PathVariable String id, @RequestParam(required = false) String period,
            @RequestParam(required = false) String group, @RequestParam(required = false) String by,
            @RequestParam(required = false) String reference) {
        MeasureDetail detail = details.build(id, period, group, by, reference);
        return download(detail, FHIR_JSON, "json", StratifiedMeasureReport.json(detail));
    }

    private static <T> ResponseEntity<T> download(MeasureDetail detail, MediaType type, String extension, T body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(detail.fileName(extension)).build().toString())
                .body(body);
    }
}
