package org.stratum.app.web.outreach;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Outreach lists: the patients of the person's sites who are eligible for a measure but do not meet
 * it, in the strata asked for, page by page and as CSV. Patient-level, so for analysts and
 * administrators only; {@link OutreachLists} limits them to the person's sites and audits every view
 * and export.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
class OutreachController {
    private final OutreachLists lists;

    OutreachController(OutreachLists lists) {
        this.lists = lists;
    }

    @GetMapping("/outreach")
    String list(@RequestParam(required = false) String measure, @RequestParam(required = false) String period,
            @RequestParam(required = false) String group, @RequestParam(name = "filter", required = false) List<String> filters,
            @RequestParam(defaultValue = "1") String page, Principal user, Model model) {
        OutreachListing listing = lists.page(user.getName(), measure, period, group, filters, page, "/outreach");
        model.addAttribute("outreach", listing.request());
        model.addAttribute("patients", listing.patients());
        model.addAttribute("pages", listing.pages());
        model.addAttribute("noSites", listing.noSites());
        return "outreach/list";
    }

    @GetMapping("/outreach.csv")
    void csv(@RequestParam(required = false) String measure, @RequestParam(required = false) String period,
            @RequestParam(required = false) String group, @RequestParam(name = "filter", required = false) List<String> filters,
            Principal user, HttpServletResponse response) throws IOException {
        // Audited before the first row leaves, so an export cut short is still on record.
        OutreachExport export = lists.export(user.getName(), measure, period, group, filters, "/outreach");
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(export.request().fileName()).build().toString());
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            lists.write(export, out);
        }
    }
}
