package org.stratum.engine.equity;

import java.time.LocalDate;

/**
 * One patient on an outreach list, with what a team needs to reach them.
 *
 * @param language    preferred language in words, e.g. "Spanish (es)", or "Language unknown"
 * @param interpreter interpreter need in words
 * @param siteId      the site the measure run attributed the patient to in the period; null for none
 * @param site        that site's name; null for none
 * @param clinician   the attributed clinician's name; null for none
 * @param lastVisit   the day of the latest visit up to the end of the period; null for none
 */
public record OutreachPatient(String patientId, String familyName, String givenName, LocalDate birthDate,
        String language, String interpreter, String siteId, String site, String clinician, LocalDate lastVisit) {
}
