package org.stratum.app.web.outreach;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stratum.app.audit.AuditLog;
import org.stratum.app.organisation.SiteScope;
import org.stratum.app.organisation.UserSites;
import org.stratum.engine.equity.OutreachPage;
import org.stratum.engine.equity.OutreachQuery;

/**
 * Outreach lists: the patients of the person's sites who are eligible for a measure but do not meet
 * it, in the strata asked for, page by page and as CSV. Patient-level, so for analysts and
 * administrators only, and every view and export is written to the audit log.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
class OutreachController {
    static final int PAGE_SIZE = 50;

    private final OutreachRequests requests;
    private final UserSites userSites;
    private final AuditLog audit;

    OutreachController(OutreachRequests requests, UserSites userSites, AuditLog audit) {
        this.requests = requests;
        this.userSites = userSites;
        this.audit = audit;
    }

    @GetMapping("/outreach")
    String list(@RequestParam(required = false) String measure, @RequestParam(required = false) String period,
            @RequestParam(required = false) String group, @RequestParam(name = "filter", required = false) List<String> filters,
            @RequestParam(defaultValue = "1") String page, Principal user, Model model) {
        SiteScope scope = userSites.scopeOf(user.getName());
        OutreachRequest request = requests.read(measure, period, group, filters, scope);
        int pageNumber = pageNumber(page);
        OutreachPage patients = requests.patients().page(query(request, scope), (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        audit.record(user.getName(), "outreach.view", "/outreach?" + request.query(),
                "page " + pageNumber + ": " + patients.patients().size() + " of " + patients.total() + " patients; "
                        + scopeText(scope));
        model.addAttribute("outreach", request);
        model.addAttribute("patients", patients);
        model.addAttribute("pages", new OutreachPages(pageNumber, PAGE_SIZE, patients.total()));
        model.addAttribute("noSites", scope.isEmpty());
        return "outreach/list";
    }

    @GetMapping("/outreach.csv")
    void csv(@RequestParam(required = false) String measure, @RequestParam(required = false) String period,
            @RequestParam(required = false) String group, @RequestParam(name = "filter", required = false) List<String> filters,
            Principal user, HttpServletResponse response) throws IOException {
        SiteScope scope = userSites.scopeOf(user.getName());
        OutreachRequest request = requests.read(measure, period, group, filters, scope);
        // Audited before the first row leaves, so an export cut short is still on record.
        audit.record(user.getName(), "outreach.export", "/outreach?" + request.query(), "CSV; " + scopeText(scope));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(request.fileName()).build().toString());
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            OutreachCsv.write(request, requests.patients(), query(request, scope), out);
        }
    }

    private static OutreachQuery query(OutreachRequest request, SiteScope scope) {
        return new OutreachQuery(request.measure(), request.group().id(), request.period(), request.filters(),
                scope.allSites() ? Optional.empty() : Optional.of(scope.siteKeys()));
    }

    private static String scopeText(SiteScope scope) {
        return scope.allSites() ? "all sites" : "sites " + String.join(", ", scope.siteKeys().stream().sorted().toList());
    }

    private static int pageNumber(String page) {
        try {
            int number = Integer.parseInt(page.trim());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number under 1
        }
        throw new BadOutreachRequest("page", "'" + page + "' is not a page number: use 1 or more.");
    }
}
