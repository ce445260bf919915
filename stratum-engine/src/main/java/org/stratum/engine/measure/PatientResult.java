package org.stratum.engine.measure;

/** One patient's populations in one measure group, as {@code stratum evaluate} prints them. */
public record PatientResult(String patientId, String measureId, String groupId, boolean initialPopulation,
        boolean denominator, boolean denominatorExclusion, boolean denominatorException, boolean numerator) {
}
