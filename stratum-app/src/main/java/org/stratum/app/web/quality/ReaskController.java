package org.stratum.app.web.quality;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stratum.app.audit.AuditLog;
import org.stratum.app.organisation.SiteScope;
import org.stratum.app.organisation.UserSites;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.real.ReaskList;
import org.stratum.engine.real.ReaskPatient;
import org.stratum.engine.real.ReaskReason;

/**
 * The patients whose race, ethnicity or language should be asked for again: patient-level, so for
 * analysts and administrators only, limited to the sites they may see ({@link UserSites#scopeOf}),
 * and every view and export written to the audit log.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
class ReaskController {
    private final QualitySources sources;
    private final UserSites userSites;
    private final AuditLog audit;
    private final int defaultStaleYears;

    ReaskController(QualitySources sources, UserSites userSites, AuditLog audit,
                    @Value("${stratum.real.stale-years:" + ReaskList.DEFAULT_STALE_YEARS + "}") int defaultStaleYears) {
        this.sources = sources;
        this.userSites = userSites;
        this.audit = audit;
        this.defaultStaleYears = defaultStaleYears;
    }

    /** What one request lists, and for whom. */
    record Listing(MeasurementPeriod period, int staleYears, LocalDate asOf, SiteScope scope, List<ReaskPatient> patients) {
        public String reasons(ReaskPatient patient) {
            return patient.reasons().stream().sorted().map(ReaskReason::label).collect(Collectors.joining("; "));
        }
    }

    @GetMapping("/data-quality/reask")
    String page(@RequestParam(required = false) String period, @RequestParam(required = false) Integer staleYears,
                Principal user, Model model) {
        Listing listing = list(period, staleYears, user);
        audit.record(user.getName(), "real.reask.view", "data-quality/reask", detail(listing));
        model.addAttribute("listing", listing);
        return "quality/reask";
    }

    @GetMapping("/data-quality/reask.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String period,
                               @RequestParam(required = false) Integer staleYears, Principal user) {
        Listing listing = list(period, staleYears, user);
        audit.record(user.getName(), "real.reask.export", "data-quality/reask.csv", detail(listing));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("reask-" + listing.period().start() + "-" + listing.period().end() + ".csv")
                        .build().toString())
                .body(write(listing));
    }

    private Listing list(String period, Integer staleYears, Principal user) {
        MeasurementPeriod chosen = QualityRequest.period(period, sources.warehouse());
        int years = QualityRequest.staleYears(staleYears, defaultStaleYears);
        SiteScope scope = userSites.scopeOf(user.getName());
        LocalDate today = LocalDate.now();
        // Patients without an attributed site belong to no one's sites: only an unrestricted administrator sees them.
        List<ReaskPatient> patients = scope.isEmpty() ? List.of() : new ReaskList(sources.warehouse())
                .list(chosen, today, years, site -> site == null ? scope.allSites() : scope.permits(site));
        return new Listing(chosen, years, today, scope, patients);
    }

    private static String detail(Listing listing) {
        return "period=" + listing.period() + " stale-years=" + listing.staleYears() + " patients="
                + listing.patients().size() + " sites=" + (listing.scope().allSites() ? "all"
                : String.join(",", listing.scope().siteKeys().stream().sorted().toList()));
    }

    private static String write(Listing listing) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord("patient_id", "family_name", "given_name", "birth_date", "site_id", "site",
                    "race_ethnicity", "self_reported_on", "language_self_reported", "reasons");
            for (ReaskPatient p : listing.patients()) {
                csv.writeRecord(p.patientId(), blank(p.familyName()), blank(p.givenName()), text(p.birthDate()),
                        blank(p.siteId()), p.siteName(), p.raceEthnicity().label(), text(p.selfReportedOn()),
                        Boolean.toString(p.languageSelfReported()), listing.reasons(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static String text(LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
