package org.stratum.engine.generate.clinical;

import java.time.LocalDate;
import java.util.List;
import org.stratum.engine.generate.record.ObservationRecord;
import org.stratum.engine.generate.truth.PlantedInequity;

/**
 * Blood pressure at every in-person adult visit, as a US Core blood-pressure panel. For people with
 * hypertension, whether the year's last reading is under 140/90 follows the outcome model (this is
 * CMS165), and they get an antihypertensive each year.
 */
final class BloodPressureCare implements CareProgram {
    static final String BP_PROFILE = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-blood-pressure";

    @Override
    public void apply(CareContext c) {
        for (int year = c.timeline.firstYear(); year <= c.lastYear(); year++) {
            List<Visit> visits = c.inPersonVisitsIn(year).stream()
                    .filter(v -> c.person.ageOn(v.day()) >= 18).toList();
            if (visits.isEmpty()) {
                continue;
            }
            boolean hypertensive = c.health.hypertension() && !c.health.hypertensionOnset().isAfter(visits.get(0).day());
            boolean controlled = hypertensive && c.rng.chance(c.model.bloodPressureControlled(c.person));
            for (int i = 0; i < visits.size(); i++) {
                boolean last = i == visits.size() - 1;
                int[] reading = !hypertensive ? normal(c) : last ? (controlled ? controlledReading(c) : uncontrolledReading(c))
                        : (c.rng.chance(0.5) ? controlledReading(c) : uncontrolledReading(c));
                c.observation(panel(c, visits.get(i), reading));
            }
            if (hypertensive) {
                c.prescription(visits.get(0), ClinicalCodes.LISINOPRIL, 90, 3);
                if (year == c.lastYear()) {
                    tally(c, controlled);
                }
            }
        }
        if (c.health.hypertension()) {
            c.condition(c.pick(c.codes.hypertension), c.health.hypertensionOnset(), null);
        }
    }

    /** CMS165's denominator as the generator intends it: 18–85, diagnosed before July, a visit, no exclusion. */
    private static void tally(CareContext c, boolean controlled) {
        int age = c.ageAtEnd();
        boolean diagnosedInTime = c.health.hypertensionOnset().isBefore(LocalDate.of(c.lastYear(), 7, 1));
        boolean excluded = c.health.excludedFromAdultMeasures(age) || c.health.endStageRenalOnset() != null
                || c.health.pregnancyStart() != null || (age >= 81 && c.health.frailtyOnset() != null);
        if (age >= 18 && age <= 85 && diagnosedInTime && !excluded) {
            c.tally.record(PlantedInequity.BP_WITHOUT_INTERPRETER, c.person, controlled);
        }
    }

    private static ObservationRecord panel(CareContext c, Visit visit, int[] reading) {
        return new ObservationRecord(c.newId('o'), visit.id(), "final", "vital-signs",
                ClinicalCodes.BLOOD_PRESSURE_PANEL, null, null, null, visit.start().plusMinutes(5),
                List.of(new ObservationRecord.Component(ClinicalCodes.SYSTOLIC, reading[0], "mm[Hg]"),
                        new ObservationRecord.Component(ClinicalCodes.DIASTOLIC, reading[1], "mm[Hg]")),
                BP_PROFILE);
    }

    private static int[] normal(CareContext c) {
        return new int[] {(int) Math.round(clamp(c.rng.normal(121, 11), 92, 158)),
                (int) Math.round(clamp(c.rng.normal(76, 8), 52, 98))};
    }

    private static int[] controlledReading(CareContext c) {
        return new int[] {c.rng.between(108, 138), c.rng.between(62, 88)};
    }

    private static int[] uncontrolledReading(CareContext c) {
        return c.rng.chance(0.7) ? new int[] {c.rng.between(140, 178), c.rng.between(70, 98)}
                : new int[] {c.rng.between(126, 139), c.rng.between(90, 104)};
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
