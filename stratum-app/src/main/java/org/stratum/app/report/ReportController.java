package org.stratum.app.report;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.stratum.app.audit.AuditLog;

/** The equity report page: anyone signed in may generate it, because the report is suppressed throughout. */
@Controller
class ReportController {
    private final EquityReports reports;
    private final AuditLog audit;

    ReportController(EquityReports reports, AuditLog audit) {
        this.reports = reports;
        this.audit = audit;
    }

    @GetMapping("/report")
    String form(Model model) {
        model.addAttribute("reportForm", ReportForm.forYearBefore(LocalDate.now()));
        return describe(model);
    }

    /** The report as a file; or the form again, with the errors beside their fields. */
    @GetMapping("/report/equity")
    ModelAndView generate(@Valid @ModelAttribute ReportForm reportForm, BindingResult result, Principal user, Model model,
                    HttpServletResponse response) throws IOException {
        reportForm.check(result);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return new ModelAndView(describe(model));
        }
        ReportRequest request = reportForm.request();
        String name = "equity-report-" + request.period().start() + "-to-" + request.period().end() + "-" + request.audience().code();
        audit.record(user.getName(), "report.equity", request.period().toString(), request.audience().code() + ", "
                + reportForm.getFormat().name().toLowerCase(java.util.Locale.ROOT));
        if (reportForm.getFormat() == ReportForm.Format.HTML) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + ".html\"");
            response.getWriter().write(reports.html(request));
        } else {
            response.setContentType(MediaType.APPLICATION_PDF_VALUE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".pdf\"");
            reports.pdf(request, response.getOutputStream());
        }
        return null; // the response is written
    }

    private static String describe(Model model) {
        model.addAttribute("audiences", ReportAudience.values());
        model.addAttribute("formats", ReportForm.Format.values());
        return "report/form";
    }
}
