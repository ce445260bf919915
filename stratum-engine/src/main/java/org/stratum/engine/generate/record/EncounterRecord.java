package org.stratum.engine.generate.record;

import java.time.LocalDateTime;
import org.stratum.core.terminology.Coding;

/** A visit: ambulatory (AMB), virtual (VR), home (HH) or inpatient (IMP), at a site with a clinician. */
public record EncounterRecord(String id, String status, String classCode, Coding type, LocalDateTime start,
                              LocalDateTime end, String siteId, String clinicianId, Coding dischargeDisposition) {
}
