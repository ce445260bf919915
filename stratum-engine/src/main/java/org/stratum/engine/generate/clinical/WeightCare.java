package org.stratum.engine.generate.clinical;

import org.stratum.engine.generate.record.ObservationRecord;
import org.stratum.engine.generate.truth.OutcomeModel;

/**
 * Weight, height and BMI for adults with follow-up when BMI is outside the normal range (CMS69),
 * and height, weight, BMI and BMI percentile with nutrition and physical-activity counselling for
 * children 3–17 (CMS155).
 */
final class WeightCare implements CareProgram {
    static final String BMI_PROFILE = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-bmi";
    static final String PEDIATRIC_BMI_PROFILE = "http://hl7.org/fhir/us/core/StructureDefinition/pediatric-bmi-for-age";

    @Override
    public void apply(CareContext c) {
        for (int year = c.timeline.firstYear(); year <= c.lastYear(); year++) {
            c.screeningVisitIn(year).ifPresent(visit -> {
                int age = c.person.ageOn(visit.day());
                if (age >= 18) {
                    adult(c, visit);
                } else if (age >= 3) {
                    child(c, visit);
                }
            });
        }
        if (c.health.bmi() >= 30) {
            c.condition(c.pick(c.codes.obesity), c.timeline.start().minusYears(1), null);
        }
    }

    private static void adult(CareContext c, Visit visit) {
        if (!c.rng.chance(OutcomeModel.BMI_DOCUMENTED)) {
            return;
        }
        double bmi = Math.round((c.health.bmi() + c.rng.normal(0, 0.6)) * 10) / 10.0;
        double height = Math.round(c.rng.normal(c.person.female() ? 162 : 175, 7) * 10) / 10.0;
        double weight = Math.round(bmi * Math.pow(height / 100, 2) * 10) / 10.0;
        var at = visit.start().plusMinutes(4);
        c.observation(ObservationRecord.quantity(c.newId('o'), visit.id(), "vital-signs", ClinicalCodes.BODY_HEIGHT,
                height, "cm", at, null));
        c.observation(ObservationRecord.quantity(c.newId('o'), visit.id(), "vital-signs", ClinicalCodes.BODY_WEIGHT,
                weight, "kg", at, null));
        c.observation(ObservationRecord.quantity(c.newId('o'), visit.id(), "vital-signs", ClinicalCodes.BMI, bmi,
                "kg/m2", at, BMI_PROFILE));
        boolean high = bmi >= 25;
        boolean low = bmi < 18.5;
        if ((high || low) && c.rng.chance(OutcomeModel.BMI_FOLLOW_UP)) {
            if (low) {
                c.procedure(visit, c.codes.belowNormalBmiFollowUp);
            } else if (c.rng.chance(0.7)) {
                c.procedure(visit, c.codes.aboveNormalBmiFollowUp);
            } else {
                c.request(visit, "service", c.codes.weightReferral);
            }
        }
    }

    private static void child(CareContext c, Visit visit) {
        var at = visit.start().plusMinutes(4);
        if (c.rng.chance(OutcomeModel.CHILD_BMI_PERCENTILE)) {
            // CMS155 counts a child as assessed when height, weight and BMI are all recorded.
            int age = c.person.ageOn(visit.day());
            double height = Math.round(c.rng.normal(77 + 6 * age, 5) * 10) / 10.0;
            double bmi = Math.round(c.rng.normal(15.5 + 0.35 * (age - 3), 1.5) * 10) / 10.0;
            double weight = Math.round(bmi * Math.pow(height / 100, 2) * 10) / 10.0;
            c.observation(ObservationRecord.quantity(c.newId('o'), visit.id(), "vital-signs", ClinicalCodes.BODY_HEIGHT,
                    height, "cm", at, null));
            c.observation(ObservationRecord.quantity(c.newId('o'), visit.id(), "vital-signs", ClinicalCodes.BODY_WEIGHT,
                    weight, "kg", at, null));
            c.observation(ObservationRecord.quantity(c.newId('o'), visit.id(), "vital-signs", ClinicalCodes.BMI, bmi,
                    "kg/m2", at, BMI_PROFILE));
            c.observation(ObservationRecord.quantity(c.newId('o'), visit.id(), "vital-signs", ClinicalCodes.BMI_PERCENTILE,
                    c.rng.between(3, 99), "%", at, PEDIATRIC_BMI_PROFILE));
        }
        if (c.rng.chance(OutcomeModel.CHILD_NUTRITION_COUNSELING)) {
            c.procedure(visit, c.codes.nutritionCounseling);
        }
        if (c.rng.chance(OutcomeModel.CHILD_ACTIVITY_COUNSELING)) {
            c.procedure(visit, c.codes.physicalActivityCounseling);
        }
    }
}
