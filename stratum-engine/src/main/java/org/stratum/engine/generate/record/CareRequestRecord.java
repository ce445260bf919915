package org.stratum.engine.generate.record;

import java.time.LocalDateTime;
import org.stratum.core.terminology.Coding;

/** An order or referral: a ServiceRequest (kind "service") or a DeviceRequest (kind "device"). */
public record CareRequestRecord(String id, String encounterId, String kind, String status, Coding code,
                                LocalDateTime authored) {
}
