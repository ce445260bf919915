package org.stratum.engine.generate.clinical;

import java.time.LocalDate;
import org.stratum.engine.generate.Rng;
import org.stratum.engine.generate.Timeline;
import org.stratum.engine.generate.people.Person;
import org.stratum.engine.generate.people.PrimaryGroup;

/**
 * Decides a patient's chronic conditions and exclusion situations. Prevalence differs by age and,
 * for hypertension and diabetes, by group as it does in California; that changes who is in a
 * measure's denominator, never the chance of meeting the measure.
 */
final class HealthFactory {
    private final Timeline timeline;

    HealthFactory(Timeline timeline) {
        this.timeline = timeline;
    }

    Health draw(Person person, Rng rng) {
        int age = person.ageOn(timeline.end());
        PrimaryGroup group = person.group();
        double htn = age < 18 ? 0.005 : age < 40 ? 0.08 : age < 60 ? 0.30 : age < 75 ? 0.55 : 0.65;
        if (group == PrimaryGroup.BLACK) {
            htn *= 1.35;
        }
        double dm = age < 18 ? 0.002 : age < 40 ? 0.04 : age < 60 ? 0.14 : 0.22;
        if (group == PrimaryGroup.HISPANIC || group == PrimaryGroup.BLACK || group == PrimaryGroup.AIAN
                || group == PrimaryGroup.NHPI) {
            dm *= 1.5;
        }
        double cvd = age < 45 ? 0.005 : age < 65 ? 0.05 : 0.16;
        boolean adult = age >= 18;
        boolean fh = adult && rng.chance(0.004);
        double ldl = fh ? rng.uniform(195, 260) : Math.max(40, rng.normal(112, 30));
        boolean woman = person.female();
        return new Health(
                onset(rng, htn, person),
                onset(rng, dm, person),
                onset(rng, cvd, person),
                fh,
                ldl,
                rng.chance(age >= 18 ? 0.12 : age >= 12 ? 0.04 : 0),
                adult ? Math.min(55, Math.max(16, rng.normal(28.5, 6))) : 0,
                adult && rng.chance(0.01),
                adult && rng.chance(0.003),
                age >= 66 && rng.chance(0.06) ? lastYearDate(rng) : null,
                age >= 66 && rng.chance(0.015) ? lastYearDate(rng) : null,
                age >= 50 && rng.chance(0.012) ? lastYearDate(rng) : null,
                age >= 40 && rng.chance(0.006) ? onsetDate(rng, person) : null,
                woman && age >= 18 && age <= 44 && rng.chance(0.05) ? lastYearDate(rng).withDayOfMonth(1) : null,
                woman && age >= 45 && rng.chance(0.006) ? onsetDate(rng, person) : null,
                age >= 50 && rng.chance(0.004) ? onsetDate(rng, person) : null,
                woman && age >= 30 && rng.chance(age >= 45 ? 0.09 : 0.04) ? onsetDate(rng, person) : null);
    }

    private LocalDate onset(Rng rng, double probability, Person person) {
        return rng.chance(Math.min(0.95, probability)) ? onsetDate(rng, person) : null;
    }

    /**
     * Mostly diagnosed before the history starts; some during it. A person too young for the drawn
     * date gets it later, and none at all when that falls after the history ends.
     */
    private LocalDate onsetDate(Rng rng, Person person) {
        LocalDate earliest = person.birthDate().plusYears(person.ageOn(timeline.end()) >= 18 ? 18 : 1);
        LocalDate onset = rng.chance(0.75)
                ? timeline.start().minusDays(rng.between(30, 3650))
                : rng.dateBetween(timeline.start(), timeline.end().minusMonths(3));
        LocalDate diagnosed = onset.isBefore(earliest) ? earliest.plusDays(rng.between(0, 60)) : onset;
        return diagnosed.isAfter(timeline.end().minusDays(7)) ? null : diagnosed;
    }

    private LocalDate lastYearDate(Rng rng) {
        return rng.dateBetween(timeline.yearStart(timeline.lastYear()), timeline.end().minusMonths(2));
    }
}
