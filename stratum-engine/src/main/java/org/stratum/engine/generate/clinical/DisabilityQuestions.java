package org.stratum.engine.generate.clinical;

import org.stratum.core.real.selfid.DisabilityQuestion;
import org.stratum.core.terminology.CodeSystems;
import org.stratum.core.terminology.Coding;
import org.stratum.engine.generate.record.ObservationRecord;

/**
 * The six HHS disability questions (the ACS set, LOINC 69856-3 to 69861-3) asked at an adult screening
 * visit in the last year of about one patient in five, as a clinic that has begun to ask: most patients
 * have no answer. Each question is answered yes about as often as the American Community Survey finds
 * for adults under and over 65 (rounded); drawn independently, so fewer people have two or more than in
 * life. Runs last, so the other programs' draws are as before.
 */
final class DisabilityQuestions implements CareProgram {
    /** Chance of a yes per question, in DisabilityQuestion order, under 65 and from 65. */
    private static final double[] UNDER_65 = {0.02, 0.02, 0.05, 0.05, 0.02, 0.04};
    private static final double[] FROM_65 = {0.14, 0.065, 0.085, 0.21, 0.075, 0.14};

    @Override
    public void apply(CareContext c) {
        c.screeningVisitIn(c.lastYear()).filter(v -> c.person.ageOn(v.day()) >= 18).filter(v -> c.rng.chance(0.2))
                .ifPresent(visit -> {
                    double[] yes = c.person.ageOn(visit.day()) >= 65 ? FROM_65 : UNDER_65;
                    for (DisabilityQuestion question : DisabilityQuestion.values()) {
                        Coding answer = c.rng.chance(yes[question.ordinal()]) ? ClinicalCodes.YES : ClinicalCodes.NO;
                        c.observation(ObservationRecord.coded(c.newId('o'), visit.id(), "survey",
                                new Coding(CodeSystems.LOINC, question.loinc(), question.display()), answer,
                                visit.start().plusMinutes(3)));
                    }
                });
    }
}
