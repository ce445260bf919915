package org.stratum.engine.real;

import java.time.LocalDate;
import java.util.Set;

/**
 * One patient to ask again for their race, ethnicity or language. Protected health information: only
 * for people allowed to see the patient's site, and every view is audited by the caller.
 *
 * @param siteId         the attributed site in the period; null when none
 * @param selfReportedOn the day of the latest self-reported asking (answer or decline); null when none
 *                       or undated
 */
public record ReaskPatient(String patientId, String familyName, String givenName, LocalDate birthDate,
                           String siteId, String siteName, CompletenessIndicator raceEthnicity,
                           LocalDate selfReportedOn, boolean languageSelfReported, Set<ReaskReason> reasons) {

    public ReaskPatient {
        reasons = Set.copyOf(reasons);
    }
}
