package org.stratum.engine.generate.record;

import java.time.LocalDate;

/**
 * One answer to a patient-experience survey item (CG-CAHPS style), with the value on its scale
 * (e.g. 1 = No, 2 = Yes somewhat, 3 = Yes definitely).
 */
public record SurveyAnswerRecord(String id, String encounterId, String siteId, String clinicianId, String instrument, String item,
                                 int value, int max, String text, LocalDate answeredOn, String language,
                                 String mode) {
}
