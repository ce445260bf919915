package org.stratum.engine.generate.clinical;

import org.stratum.core.terminology.Coding;
import org.stratum.engine.generate.record.ObservationRecord;

/**
 * Health-related social needs screening (AHC HRSN items: food, housing, transportation) at an adult
 * visit about half the years; needs are more common in more deprived neighbourhoods.
 */
final class SocialNeedsScreening implements CareProgram {
    @Override
    public void apply(CareContext c) {
        double need = 0.03 + 0.045 * (c.person.area().deprivationQuintile() - 1);
        for (int year = c.timeline.firstYear(); year <= c.lastYear(); year++) {
            c.screeningVisitIn(year).filter(v -> c.person.ageOn(v.day()) >= 18).filter(v -> c.rng.chance(0.55))
                    .ifPresent(visit -> {
                        var at = visit.start().plusMinutes(2);
                        Coding food = c.rng.chance(need * 1.6) ? (c.rng.chance(0.4) ? ClinicalCodes.OFTEN_TRUE
                                : ClinicalCodes.SOMETIMES_TRUE) : ClinicalCodes.NEVER_TRUE;
                        Coding housing = c.rng.chance(need) ? (c.rng.chance(0.3) ? ClinicalCodes.NO_STEADY_HOUSING
                                : ClinicalCodes.WORRIED_HOUSING) : ClinicalCodes.STEADY_HOUSING;
                        Coding transport = c.rng.chance(need * 1.2) ? ClinicalCodes.YES : ClinicalCodes.NO;
                        c.observation(ObservationRecord.coded(c.newId('o'), visit.id(), "sdoh",
                                ClinicalCodes.FOOD_INSECURITY, food, at));
                        c.observation(ObservationRecord.coded(c.newId('o'), visit.id(), "sdoh",
                                ClinicalCodes.HOUSING_STATUS, housing, at));
                        c.observation(ObservationRecord.coded(c.newId('o'), visit.id(), "sdoh",
                                ClinicalCodes.TRANSPORTATION, transport, at));
                    });
        }
    }
}
