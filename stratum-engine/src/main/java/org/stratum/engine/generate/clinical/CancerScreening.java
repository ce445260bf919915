package org.stratum.engine.generate.clinical;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.stratum.core.terminology.Coding;
import org.stratum.engine.generate.record.ObservationRecord;
import org.stratum.engine.generate.truth.OutcomeModel;
import org.stratum.engine.generate.truth.PlantedInequity;

/**
 * Colorectal, breast and cervical cancer screening, decided as of the end of the history: a
 * screened patient has a test within the measure's look-back (which may reach before the history
 * starts, as real records do); some unscreened patients have one that has expired.
 */
final class CancerScreening implements CareProgram {
    @Override
    public void apply(CareContext c) {
        if (!c.hasVisitIn(c.lastYear())) {
            return;
        }
        colorectal(c);
        if (c.person.female()) {
            breast(c);
            cervical(c);
        }
        exclusions(c);
    }

    private static void colorectal(CareContext c) {
        int age = c.ageAtEnd();
        if (age < 45 || age > 75) {
            return;
        }
        LocalDate end = c.timeline.end();
        boolean screened = c.rng.chance(c.model.colorectalScreened(c.person));
        if (screened) {
            double modality = c.rng.uniform(0, 1);
            if (modality < 0.55) {
                c.procedure(null, c.codes.colonoscopy, at(c, end.minusYears(9), end));
            } else if (modality < 0.85) {
                lab(c, c.codes.fecalOccultBlood, at(c, end.minusMonths(11), end));
            } else if (modality < 0.95) {
                lab(c, c.codes.stoolDnaFit, at(c, end.minusYears(2), end));
            } else {
                imaging(c, c.codes.ctColonography, at(c, end.minusYears(4), end));
            }
        } else if (c.rng.chance(0.3)) {
            lab(c, c.codes.fecalOccultBlood, at(c, end.minusYears(2).plusDays(1), end.minusYears(1).minusDays(1)));
        }
        boolean excluded = c.health.colonCancerOnset() != null || c.health.excludedFromAdultMeasures(age);
        if (age >= 46 && !excluded) {
            c.tally.record(PlantedInequity.COLORECTAL_BY_PAYER, c.person, screened);
        }
    }

    private static void breast(CareContext c) {
        int age = c.ageAtEnd();
        if (age < 50 || age > 74 || c.health.bilateralMastectomy() != null) {
            return;
        }
        LocalDate end = c.timeline.end();
        boolean screened = c.rng.chance(OutcomeModel.BREAST_SCREENED);
        if (screened) {
            // CMS125 looks back to 1 October two years before the period.
            imaging(c, c.codes.mammography, at(c, LocalDate.of(c.lastYear() - 2, 10, 1), end));
        } else if (c.rng.chance(0.3)) {
            imaging(c, c.codes.mammography, at(c, end.minusYears(4), LocalDate.of(c.lastYear() - 2, 9, 1)));
        }
        if (age >= 52 && !c.health.excludedFromAdultMeasures(age)) {
            c.tally.record(PlantedInequity.BREAST_NO_GAP, c.person, screened);
        }
    }

    private static void cervical(CareContext c) {
        int age = c.ageAtEnd();
        if (age < 21 || age > 64 || c.health.hysterectomy() != null || !c.rng.chance(OutcomeModel.CERVICAL_SCREENED)) {
            return;
        }
        LocalDate end = c.timeline.end();
        if (age >= 30 && c.rng.chance(0.4)) {
            lab(c, c.codes.hpvTest, at(c, end.minusYears(4), end));
        } else {
            lab(c, c.codes.papTest, at(c, end.minusYears(2), end));
        }
    }

    private static void exclusions(CareContext c) {
        Health h = c.health;
        if (h.colonCancerOnset() != null) {
            c.condition(c.pick(c.codes.colonCancer), h.colonCancerOnset(), null);
            if (c.rng.chance(0.5)) {
                c.procedure(null, c.codes.colonoscopy, h.colonCancerOnset().minusDays(20).atTime(10, 0));
            }
        }
        if (h.bilateralMastectomy() != null) {
            c.procedure(null, c.codes.bilateralMastectomy, h.bilateralMastectomy().atTime(8, 0));
            c.condition(c.pick(c.codes.historyOfBilateralMastectomy), h.bilateralMastectomy().plusDays(30), null);
        }
        if (h.hysterectomy() != null) {
            c.procedure(null, c.codes.hysterectomy, h.hysterectomy().atTime(8, 0));
            c.condition(c.pick(c.codes.absenceOfCervix), h.hysterectomy().plusDays(30), null);
        }
    }

    private static void lab(CareContext c, Coding code, LocalDateTime at) {
        c.observation(ObservationRecord.coded(c.newId('o'), null, "laboratory", code, ClinicalCodes.NEGATIVE, at));
    }

    private static void imaging(CareContext c, Coding code, LocalDateTime at) {
        c.observation(new ObservationRecord(c.newId('o'), null, "final", "imaging", code, null, null, null, at,
                List.of(), null));
    }

    /** A day in the range, never before the patient turned 18 nor after the history. */
    private static LocalDateTime at(CareContext c, LocalDate from, LocalDate to) {
        LocalDate adult = c.person.birthDate().plusYears(18);
        LocalDate start = from.isBefore(adult) ? adult : from;
        return c.rng.clinicTime(c.rng.dateBetween(start, to.isBefore(start) ? start : to));
    }
}
