package org.stratum.app.web.quality;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.stratum.app.audit.AuditLog;
import org.stratum.app.export.SpreadsheetCsv;
import org.stratum.app.organisation.SiteScope;
import org.stratum.app.organisation.UserSites;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.real.ReaskList;
import org.stratum.engine.real.ReaskPatient;

/**
 * The re-ask list for the page, its CSV and the API alike: limited to the sites the person may see
 * ({@link UserSites#scopeOf}), and written to the audit log before it is returned. Who may ask at all
 * (analysts and administrators) is said on each controller.
 */
@Component
public class ReaskListings {
    private final QualitySources sources;
    private final UserSites userSites;
    private final AuditLog audit;
    private final int defaultStaleYears;

    ReaskListings(QualitySources sources, UserSites userSites, AuditLog audit,
                  @Value("${stratum.real.stale-years:" + ReaskList.DEFAULT_STALE_YEARS + "}") int defaultStaleYears) {
        this.sources = sources;
        this.userSites = userSites;
        this.audit = audit;
        this.defaultStaleYears = defaultStaleYears;
    }

    /**
     * The list, audited as {@code action} on {@code subject} (the address it is served at).
     *
     * @throws BadQualityRequest for a wrong period or number of years, naming it
     */
    public ReaskListing list(String period, Integer staleYears, String username, String action, String subject) {
        MeasurementPeriod chosen = QualityRequest.period(period, sources.warehouse());
        int years = QualityRequest.staleYears(staleYears, defaultStaleYears);
        SiteScope scope = userSites.scopeOf(username);
        LocalDate today = LocalDate.now();
        // Patients without an attributed site belong to no one's sites: only an unrestricted administrator sees them.
        List<ReaskPatient> patients = scope.isEmpty() ? List.of() : new ReaskList(sources.warehouse())
                .list(chosen, today, years, site -> site == null ? scope.allSites() : scope.permits(site));
        ReaskListing listing = new ReaskListing(chosen, years, today, scope, patients);
        audit.record(username, action, subject, detail(listing));
        return listing;
    }

    /** The list as CSV, names through {@link SpreadsheetCsv}. */
    public static String csv(ReaskListing listing) {
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = SpreadsheetCsv.to(out)) {
            csv.record("patient_id", "family_name", "given_name", "birth_date", "site_id", "site",
                    "race_ethnicity", "self_reported_on", "language_self_reported", "reasons");
            for (ReaskPatient p : listing.patients()) {
                csv.record(p.patientId(), blank(p.familyName()), blank(p.givenName()), text(p.birthDate()),
                        blank(p.siteId()), p.siteName(), p.raceEthnicity().label(), text(p.selfReportedOn()),
                        Boolean.toString(p.languageSelfReported()), listing.reasons(p));
            }
        }
        return out.toString();
    }

    private static String detail(ReaskListing listing) {
        return "period=" + listing.period() + " stale-years=" + listing.staleYears() + " patients="
                + listing.patients().size() + " sites=" + (listing.scope().allSites() ? "all"
                : String.join(",", listing.scope().siteKeys().stream().sorted().toList()));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static String text(LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
