package org.stratum.engine.generate.clinical;

import java.util.List;
import org.stratum.engine.generate.record.ObservationRecord;
import org.stratum.engine.generate.truth.PlantedInequity;

/**
 * HbA1c tests and metformin for people with diabetes. Each year the outcome model decides whether
 * glycemic control is poor (CMS122, inverse): then the year's last HbA1c is above 9% or, as often
 * happens, there is no test at all that year.
 */
final class DiabetesCare implements CareProgram {
    @Override
    public void apply(CareContext c) {
        if (!c.health.diabetes()) {
            return;
        }
        c.condition(c.pick(c.codes.diabetes), c.health.diabetesOnset(), null);
        for (int year = c.timeline.firstYear(); year <= c.lastYear(); year++) {
            List<Visit> visits = c.inPersonVisitsIn(year).stream()
                    .filter(v -> !v.day().isBefore(c.health.diabetesOnset())).toList();
            if (visits.isEmpty()) {
                continue;
            }
            boolean poor = c.rng.chance(c.model.hba1cPoorControl(c.person));
            boolean untested = poor && c.rng.chance(0.3);
            if (!untested) {
                int tests = Math.min(visits.size(), 1 + c.rng.poisson(0.8));
                for (int i = 0; i < tests; i++) {
                    Visit visit = visits.get(visits.size() - tests + i);
                    boolean last = i == tests - 1;
                    double value = last ? (poor ? c.rng.uniform(9.1, 12.8) : c.rng.uniform(5.8, 8.9))
                            : c.rng.uniform(6.0, 11.0);
                    c.observation(ObservationRecord.quantity(c.newId('o'), visit.id(), "laboratory", c.codes.hba1c,
                            Math.round(value * 10) / 10.0, "%", visit.start().plusMinutes(30), null));
                }
            }
            c.prescription(visits.get(0), ClinicalCodes.METFORMIN, 90, 3);
            if (year == c.lastYear()) {
                int age = c.ageAtEnd();
                if (age >= 18 && age <= 75 && !c.health.excludedFromAdultMeasures(age)) {
                    c.tally.record(PlantedInequity.DIABETES_BY_SITE, c.person, poor);
                }
            }
        }
    }
}
