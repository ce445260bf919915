package org.stratum.engine.generate.clinical;

import java.time.LocalDate;
import org.stratum.core.terminology.Coding;
import org.stratum.engine.generate.record.ObservationRecord;
import org.stratum.engine.generate.truth.OutcomeModel;

/**
 * Yearly depression and tobacco screening from age 12 with follow-up of positive results on the
 * same day (CMS2, CMS138), and HIV testing at some point between 15 and 65 (CMS349).
 */
final class PreventiveScreening implements CareProgram {
    @Override
    public void apply(CareContext c) {
        for (int year = c.timeline.firstYear(); year <= c.lastYear(); year++) {
            c.screeningVisitIn(year).filter(v -> c.person.ageOn(v.day()) >= 12).ifPresent(visit -> {
                depression(c, visit);
                tobacco(c, visit);
            });
        }
        if (c.health.bipolar()) {
            c.condition(c.pick(c.codes.bipolarDisorder), c.timeline.start().minusYears(2), null);
        }
        hiv(c);
    }

    private static void depression(CareContext c, Visit visit) {
        if (!c.rng.chance(OutcomeModel.DEPRESSION_SCREENED)) {
            return;
        }
        boolean adult = c.person.ageOn(visit.day()) >= 18;
        boolean positive = c.rng.chance(OutcomeModel.DEPRESSION_POSITIVE);
        Coding instrument = adult ? ClinicalCodes.ADULT_DEPRESSION_SCREENING : ClinicalCodes.ADOLESCENT_DEPRESSION_SCREENING;
        c.observation(ObservationRecord.coded(c.newId('o'), visit.id(), "survey", instrument,
                positive ? ClinicalCodes.DEPRESSION_POSITIVE : ClinicalCodes.DEPRESSION_NEGATIVE, visit.start().plusMinutes(8)));
        // PHQ-2 first; a score of 3 or more leads to the PHQ-9, which decides the result.
        int phq2 = positive ? c.rng.between(3, 6) : (c.rng.chance(0.15) ? 3 : c.rng.between(0, 2));
        c.observation(ObservationRecord.quantity(c.newId('o'), visit.id(), "survey", ClinicalCodes.PHQ2_TOTAL, phq2,
                "{score}", visit.start().plusMinutes(7), null));
        if (phq2 >= 3) {
            int phq9 = positive ? c.rng.between(10, 24) : c.rng.between(3, 9);
            c.observation(ObservationRecord.quantity(c.newId('o'), visit.id(), "survey", ClinicalCodes.PHQ9_TOTAL, phq9,
                    "{score}", visit.start().plusMinutes(8), null));
        }
        if (positive && c.rng.chance(OutcomeModel.DEPRESSION_FOLLOW_UP)) {
            double kind = c.rng.uniform(0, 1);
            if (kind < 0.4) {
                c.procedure(visit, adult ? c.codes.adultDepressionFollowUp : c.codes.adolescentDepressionFollowUp);
            } else if (kind < 0.7 || !adult) {
                c.request(visit, "service", adult ? c.codes.adultDepressionReferral : c.codes.adolescentDepressionReferral);
            } else {
                c.prescription(visit, c.codes.adultAntidepressant, 30, 2);
            }
        }
    }

    private static void tobacco(CareContext c, Visit visit) {
        if (!c.rng.chance(OutcomeModel.TOBACCO_SCREENED)) {
            return;
        }
        boolean user = c.health.tobaccoUser();
        c.observation(ObservationRecord.coded(c.newId('o'), visit.id(), "survey", c.codes.tobaccoScreening,
                user ? c.codes.tobaccoUser : c.codes.tobaccoNonUser, visit.start().plusMinutes(6)));
        if (user && c.rng.chance(OutcomeModel.TOBACCO_CESSATION)) {
            if (c.rng.chance(0.7) || c.person.ageOn(visit.day()) < 18) {
                c.procedure(visit, c.codes.tobaccoCessationCounseling);
            } else {
                c.prescription(visit, c.codes.varenicline, 30, 2);
            }
        }
    }

    private static void hiv(CareContext c) {
        if (c.health.hiv()) {
            c.condition(c.pick(c.codes.hiv), c.timeline.start().minusYears(3), null);
            return;
        }
        int age = c.ageAtEnd();
        if (age < 15 || age > 65 || !c.rng.chance(OutcomeModel.HIV_EVER_TESTED)) {
            return;
        }
        LocalDate from = c.person.birthDate().plusYears(15);
        LocalDate earliest = c.timeline.end().minusYears(10);
        LocalDate day = c.rng.dateBetween(from.isAfter(earliest) ? from : earliest, c.timeline.end());
        c.observation(ObservationRecord.coded(c.newId('o'), null, "laboratory", c.codes.hivTest,
                ClinicalCodes.NEGATIVE, c.rng.clinicTime(day)));
    }
}
