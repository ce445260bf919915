package org.stratum.engine.generate.record;

import java.time.LocalDate;

/** Which site and primary-care clinician a patient is assigned to, from when until when. */
public record AttributionRecord(String siteId, String clinicianId, LocalDate start, LocalDate end) {
}
