package org.stratum.app.web.outreach;

import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.stratum.app.audit.AuditLog;
import org.stratum.app.organisation.SiteScope;
import org.stratum.app.organisation.UserSites;
import org.stratum.engine.equity.OutreachPage;
import org.stratum.engine.equity.OutreachQuery;

/**
 * Outreach lists for the page, its CSV and the API alike: the parameters checked, the list limited to
 * the person's sites, and every page and export written to the audit log before any patient leaves.
 * Who may ask at all (analysts and administrators) is said on each controller.
 */
@Component
public class OutreachLists {
    public static final int PAGE_SIZE = 50;

    private final OutreachRequests requests;
    private final UserSites userSites;
    private final AuditLog audit;

    OutreachLists(OutreachRequests requests, UserSites userSites, AuditLog audit) {
        this.requests = requests;
        this.userSites = userSites;
        this.audit = audit;
    }

    /**
     * A page of 50 patients, audited as {@code outreach.view} of {@code address?query}.
     *
     * @throws BadOutreachRequest naming a wrong parameter
     * @throws OutsideSiteScope   for a site filter outside the person's sites
     */
    public OutreachListing page(String username, String measure, String period, String group, List<String> filters,
            String page, String address) {
        SiteScope scope = userSites.scopeOf(username);
        OutreachRequest request = requests.read(measure, period, group, filters, scope);
        int pageNumber = pageNumber(page);
        OutreachPage patients = requests.patients().page(query(request, scope), (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        audit.record(username, "outreach.view", address + "?" + request.query(),
                "page " + pageNumber + ": " + patients.patients().size() + " of " + patients.total() + " patients; "
                        + scopeText(scope));
        return new OutreachListing(request, patients, new OutreachPages(pageNumber, PAGE_SIZE, patients.total()),
                scope.isEmpty());
    }

    /** The whole list, checked and audited as {@code outreach.export} before the first row is written. */
    public OutreachExport export(String username, String measure, String period, String group, List<String> filters,
            String address) {
        SiteScope scope = userSites.scopeOf(username);
        OutreachRequest request = requests.read(measure, period, group, filters, scope);
        audit.record(username, "outreach.export", address + "?" + request.query(), "CSV; " + scopeText(scope));
        return new OutreachExport(request, scope);
    }

    /** Writes an export's every patient as CSV, as the warehouse reads them. */
    public void write(OutreachExport export, Writer out) {
        OutreachCsv.write(export.request(), requests.patients(), query(export.request(), export.scope()), out);
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
