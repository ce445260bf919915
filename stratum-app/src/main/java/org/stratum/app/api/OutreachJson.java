package org.stratum.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.stratum.app.api.MeasureOverviewJson.StrataPeriod;
import org.stratum.app.web.outreach.OutreachListing;
import org.stratum.engine.equity.OutreachPatient;

/**
 * One page of an outreach list, patient-level: the eligible patients of the caller's sites who do not
 * meet the measure, in the strata asked for, as the outreach page lists them.
 */
public record OutreachJson(String measure, String group, StrataPeriod period, String strata, int page,
        @JsonProperty("page_size") int pageSize, long total, List<Patient> patients) {

    public record Patient(@JsonProperty("patient_id") String patientId, @JsonProperty("family_name") String familyName,
            @JsonProperty("given_name") String givenName, @JsonProperty("birth_date") String birthDate,
            @JsonProperty("preferred_language") String preferredLanguage, String interpreter,
            @JsonProperty("site_id") String siteId, String site, String clinician,
            @JsonProperty("last_visit") String lastVisit) {
    }

    static OutreachJson of(OutreachListing listing) {
        var request = listing.request();
        return new OutreachJson(request.measure().id(), request.group().id(),
                new StrataPeriod(request.period().start().toString(), request.period().end().toString()), request.strata(),
                listing.pages().page(), listing.pages().size(), listing.patients().total(),
                listing.patients().patients().stream().map(OutreachJson::patient).toList());
    }

    private static Patient patient(OutreachPatient p) {
        return new Patient(p.patientId(), p.familyName(), p.givenName(), text(p.birthDate()), p.language(),
                p.interpreter(), p.siteId(), p.site(), p.clinician(), text(p.lastVisit()));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
