package org.stratum.app.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.springframework.stereotype.Service;
import org.stratum.app.organisation.Organisation;
import org.stratum.app.organisation.Organisations;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Builds the equity report from the {@link EquityReportSection}s and renders it as HTML, or as PDF
 * laid out from that same HTML by openhtmltopdf, so the two never differ.
 */
@Service
public class EquityReports {
    static final String TEMPLATE = "report/equity-report";

    static {
        // openhtmltopdf reports each step of its layout at INFO on the console; only problems matter here.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final List<EquityReportSection> sections;
    private final Organisations organisations;
    private final ITemplateEngine templates;

    public EquityReports(List<EquityReportSection> sections, Organisations organisations, ITemplateEngine templates) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(EquityReportSection::position)).toList();
        this.organisations = organisations;
        this.templates = templates;
    }

    public EquityReport build(ReportRequest request) {
        Organisation organisation = organisations.current();
        List<ReportedSection> shown = sections.stream()
                .flatMap(section -> section.content(request).map(content -> new ReportedSection(section.fragment(), content)).stream())
                .toList();
        return new EquityReport(request, organisation.name(), organisation.aim(), LocalDate.now(), shown);
    }

    /** The report as a standalone XHTML page (styles inline, no links to the application). */
    public String html(ReportRequest request) {
        EquityReport report = build(request);
        return templates.process(TEMPLATE, new Context(Locale.ENGLISH, Map.of("report", report, "request", request)));
    }

    /** The report as PDF, from the same HTML. */
    public void pdf(ReportRequest request, OutputStream out) {
        String html = html(request);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the equity report as PDF", e);
        }
    }
}
