package org.stratum.engine.generate.clinical;

import java.time.LocalDate;

/**
 * A patient's lasting health facts, decided before any visit is planned: chronic conditions and
 * their onset, risk factors, and the situations that exclude people from measures (hospice,
 * palliative care, frailty with advanced illness, pregnancy, end-stage renal disease…). Dates are
 * null when the fact does not apply.
 */
record Health(LocalDate hypertensionOnset, LocalDate diabetesOnset, LocalDate ascvdOnset,
              boolean familialHypercholesterolemia, double ldl, boolean tobaccoUser, double bmi, boolean bipolar,
              boolean hiv, LocalDate frailtyOnset, LocalDate hospiceStart, LocalDate palliativeStart,
              LocalDate endStageRenalOnset, LocalDate pregnancyStart, LocalDate bilateralMastectomy,
              LocalDate colonCancerOnset, LocalDate hysterectomy) {

    boolean hypertension() {
        return hypertensionOnset != null;
    }

    boolean diabetes() {
        return diabetesOnset != null;
    }

    boolean ascvd() {
        return ascvdOnset != null;
    }

    int chronicConditions() {
        return (hypertension() ? 1 : 0) + (diabetes() ? 1 : 0) + (ascvd() ? 1 : 0) + (bipolar ? 1 : 0)
                + (endStageRenalOnset != null ? 1 : 0);
    }

    /**
     * Whether the common denominator exclusions of the adult outcome and screening measures apply
     * in the measurement year: hospice, palliative care, or (from 66) frailty with advanced illness.
     */
    boolean excludedFromAdultMeasures(int ageAtEnd) {
        return hospiceStart != null || palliativeStart != null || (ageAtEnd >= 66 && frailtyOnset != null);
    }
}
