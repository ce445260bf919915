package org.stratum.engine.generate.network;

import java.util.List;

/** A primary-care clinician at a site, with the languages they speak with patients (BCP-47). */
public record Clinician(String id, String familyName, String givenName, String role, String siteId,
                        List<String> languages) {
    public String displayName() {
        return givenName + " " + familyName;
    }
}
