package org.stratum.engine.generate.clinical;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.stratum.engine.generate.record.SurveyAnswerRecord;
import org.stratum.engine.generate.truth.OutcomeModel;
import org.stratum.engine.generate.truth.PlantedInequity;

/**
 * A CG-CAHPS-style survey after some visits: whether the provider explained things in a way that
 * was easy to understand (No / Yes, somewhat / Yes, definitely), whether the patient would
 * recommend the office (4-point), and a 0–10 rating of the provider. Surveys go out in the
 * patient's language where the network translates them.
 */
final class PatientExperienceSurvey implements CareProgram {
    static final String INSTRUMENT = "CG-CAHPS 4.0 (adult)";
    private static final Set<String> TRANSLATED = Set.of("en", "es", "zh", "yue", "cmn", "vi", "ko", "tl");
    private static final List<String> EXPLAINED = List.of("No", "Yes, somewhat", "Yes, definitely");
    private static final List<String> RECOMMEND = List.of("Definitely no", "Probably no", "Probably yes", "Definitely yes");

    @Override
    public void apply(CareContext c) {
        for (int year = c.timeline.firstYear(); year <= c.lastYear(); year++) {
            List<Visit> visits = c.inPersonVisitsIn(year);
            if (visits.isEmpty() || c.person.ageOn(visits.get(0).day()) < 18 || !c.rng.chance(0.14)) {
                continue;
            }
            Visit visit = c.rng.pick(visits);
            var answeredOn = visit.day().plusDays(c.rng.between(10, 50));
            if (answeredOn.isAfter(c.timeline.end())) {
                continue;
            }
            String language = TRANSLATED.contains(c.person.preferredLanguage()) ? c.person.preferredLanguage() : "en";
            String mode = c.rng.chance(0.5) ? "mail" : c.rng.chance(0.7) ? "web" : "phone";
            boolean explainedTopBox = c.rng.chance(c.model.explainedTopBox(c.person));
            int explained = explainedTopBox ? 3 : c.rng.chance(0.7) ? 2 : 1;
            int recommend = c.rng.chance(OutcomeModel.RECOMMEND_TOP_BOX) ? 4 : c.rng.between(1, 3);
            int rating = recommend == 4 ? c.rng.between(8, 10) : c.rng.between(3, 8);
            add(c, visit, "provider-explained", explained, 3, EXPLAINED.get(explained - 1), answeredOn, language, mode);
            add(c, visit, "recommend-office", recommend, 4, RECOMMEND.get(recommend - 1), answeredOn, language, mode);
            add(c, visit, "provider-rating", rating, 10, Integer.toString(rating), answeredOn, language, mode);
            if (year == c.lastYear()) {
                c.tally.record(PlantedInequity.EXPLAINED_WITHOUT_INTERPRETER, c.person, explainedTopBox);
            }
        }
    }

    private static void add(CareContext c, Visit visit, String item, int value, int max, String text,
                            LocalDate answeredOn, String language, String mode) {
        c.patient.surveyAnswers.add(new SurveyAnswerRecord(c.newId('s'), visit.id(), visit.siteId(), visit.clinicianId(),
                INSTRUMENT, item, value, max, text, answeredOn, language, mode));
    }
}
