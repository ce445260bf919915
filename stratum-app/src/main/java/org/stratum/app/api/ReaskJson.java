package org.stratum.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.stratum.app.api.MeasureOverviewJson.StrataPeriod;
import org.stratum.app.web.quality.ReaskListing;
import org.stratum.engine.real.ReaskPatient;

/**
 * The patients whose race, ethnicity or language should be asked for again, among the caller's sites:
 * the re-ask page's list, patient-level. {@code sites} is {@code all} or the site ids it was limited to.
 */
public record ReaskJson(StrataPeriod period, @JsonProperty("stale_years") int staleYears,
        @JsonProperty("as_of") String asOf, List<String> sites, int count, List<Patient> patients) {

    public record Patient(@JsonProperty("patient_id") String patientId, @JsonProperty("family_name") String familyName,
            @JsonProperty("given_name") String givenName, @JsonProperty("birth_date") String birthDate,
            @JsonProperty("site_id") String siteId, String site, @JsonProperty("race_ethnicity") String raceEthnicity,
            @JsonProperty("self_reported_on") String selfReportedOn,
            @JsonProperty("language_self_reported") boolean languageSelfReported, String reasons) {
    }

    static ReaskJson of(ReaskListing listing) {
        List<String> sites = listing.scope().allSites() ? List.of("all")
                : listing.scope().siteKeys().stream().sorted().toList();
        return new ReaskJson(new StrataPeriod(listing.period().start().toString(), listing.period().end().toString()),
                listing.staleYears(), listing.asOf().toString(), sites, listing.patients().size(),
                listing.patients().stream().map(p -> patient(listing, p)).toList());
    }

    private static Patient patient(ReaskListing listing, ReaskPatient p) {
        return new Patient(p.patientId(), p.familyName(), p.givenName(), text(p.birthDate()), p.siteId(), p.siteName(),
                p.raceEthnicity().label(), text(p.selfReportedOn()), p.languageSelfReported(), listing.reasons(p));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
