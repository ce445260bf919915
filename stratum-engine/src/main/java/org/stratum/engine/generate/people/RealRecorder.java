package org.stratum.engine.generate.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ReportingSource;
import org.stratum.core.real.ResponseStatus;
import org.stratum.core.terminology.CodeSystems;
import org.stratum.core.terminology.Coding;
import org.stratum.engine.generate.Rng;
import org.stratum.engine.generate.Timeline;
import org.stratum.engine.generate.network.CareSite;
import org.stratum.engine.generate.network.RealCollection;
import org.stratum.engine.generate.record.RaceEthnicityAnswer;

/**
 * Turns who a person is into what their record says, the way front desks really record it: with
 * the site's share of unknown, declined and unanswered questions in that year, answers sometimes
 * guessed by staff (minimum categories only, Middle Eastern or North African people often recorded
 * as White), the 1997 two-question form at most sites and the OMB 2024 combined question where a
 * site has adopted it. Patients are asked again from time to time, with that year's quality, so
 * the latest answers change as sites improve.
 */
final class RealRecorder {
    private static final Coding NOT_HISPANIC = new Coding(CodeSystems.CDC_RACE_ETHNICITY, "2186-5", "Not Hispanic or Latino");
    private static final Coding OTHER_RACE = new Coding(CodeSystems.CDC_RACE_ETHNICITY, "2131-1", "Other Race");

    private static final double REASK_PER_YEAR = 0.25;

    private final Timeline timeline;

    RealRecorder(Timeline timeline) {
        this.timeline = timeline;
    }

    List<RaceEthnicityAnswer> record(Rng rng, CareSite site, PrimaryGroup group, List<Origin> origins, LocalDate firstSeen) {
        RealCollection collection = site.realCollection();
        List<RaceEthnicityAnswer> answers = new ArrayList<>(ask(rng, collection, group, origins, firstSeen));
        int adoption = collection.combinedQuestionFrom();
        for (int year = Math.max(timeline.firstYear(), firstSeen.getYear() + 1); year <= timeline.lastYear(); year++) {
            // Sites re-ask most patients when they adopt the combined question, and some every year
            // when they check registration details.
            boolean adopting = year == adoption;
            if (rng.chance(adopting ? 0.7 : REASK_PER_YEAR)) {
                LocalDate again = adopting ? rng.dateBetween(LocalDate.of(year, 1, 2), LocalDate.of(year, 6, 30))
                        : rng.dateBetween(timeline.yearStart(year), timeline.yearEnd(year).minusDays(14));
                answers.addAll(ask(rng, collection, group, origins, again));
            }
        }
        return answers;
    }

    private List<RaceEthnicityAnswer> ask(Rng rng, RealCollection collection, PrimaryGroup group, List<Origin> origins,
                                          LocalDate date) {
        double when = timeline.fraction(date);
        boolean combined = collection.combinedQuestionFrom() > 0 && date.getYear() >= collection.combinedQuestionFrom();
        double r = rng.uniform(0, 1);
        double unknown = collection.unknown(when);
        ResponseStatus status = r < unknown ? ResponseStatus.UNKNOWN
                : r < unknown + collection.declined() ? ResponseStatus.DECLINED
                : r < unknown + collection.declined() + collection.askedNoAnswer() ? ResponseStatus.ASKED_NO_ANSWER
                : ResponseStatus.ANSWERED;
        Answers answers = new Answers(date);
        if (status != ResponseStatus.ANSWERED) {
            ReportingSource source = status == ResponseStatus.UNKNOWN ? null : ReportingSource.SELF_REPORTED;
            if (combined) {
                answers.nonAnswer("combined", status, source);
            } else {
                answers.nonAnswer("ethnicity", status, source);
                answers.nonAnswer("race", status, source);
            }
            return answers.list;
        }
        if (rng.chance(collection.observed(when))) {
            observed(rng, answers, combined, group, origins.get(0));
        } else {
            selfReported(rng, answers, combined, origins, pickChannel(rng));
        }
        return answers.list;
    }

    private static String pickChannel(Rng rng) {
        double c = rng.uniform(0, 1);
        return c < 0.6 ? "registration" : c < 0.8 ? "portal" : "kiosk";
    }

    private static void selfReported(Rng rng, Answers answers, boolean combined, List<Origin> origins, String channel) {
        ReportingSource self = ReportingSource.SELF_REPORTED;
        if (combined) {
            for (Origin origin : origins) {
                answers.minimum("combined", origin.category(), self, channel);
                answers.detail("combined", origin, self, channel);
            }
            return;
        }
        Origin hispanic = origins.stream().filter(o -> o.category() == OmbCategory.HISPANIC_OR_LATINO).findFirst().orElse(null);
        if (hispanic != null) {
            answers.minimum("ethnicity", OmbCategory.HISPANIC_OR_LATINO, self, channel);
            answers.detail("ethnicity", hispanic, self, channel);
        } else {
            answers.answer("ethnicity", NOT_HISPANIC, null, false, null, self, channel);
        }
        List<Origin> races = origins.stream().filter(o -> o.category() != OmbCategory.HISPANIC_OR_LATINO).toList();
        for (Origin race : races) {
            answers.race1997(race.category(), self, channel);
            answers.detail("race", race, self, channel);
        }
        if (races.isEmpty()) {
            // Hispanic people given only the 1997 race question mostly pick "Other Race" or skip it.
            double r = rng.uniform(0, 1);
            if (r < 0.45) {
                answers.answer("race", OTHER_RACE, null, false, null, self, channel);
            } else if (r < 0.75) {
                answers.nonAnswer("race", ResponseStatus.ASKED_NO_ANSWER, self);
            } else {
                answers.race1997(OmbCategory.WHITE, self, channel);
            }
        }
    }

    /** Staff record only a minimum category, by appearance, and often misclassify. */
    private static void observed(Rng rng, Answers answers, boolean combined, PrimaryGroup group, Origin main) {
        ReportingSource staff = ReportingSource.STAFF_OBSERVED;
        String channel = "staff-observation";
        OmbCategory seen = main.category() == OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN && rng.chance(0.6)
                ? OmbCategory.WHITE : main.category();
        if (combined) {
            answers.minimum("combined", seen, staff, channel);
            return;
        }
        boolean hispanic = group == PrimaryGroup.HISPANIC;
        if (hispanic) {
            answers.minimum("ethnicity", OmbCategory.HISPANIC_OR_LATINO, staff, channel);
            if (rng.chance(0.5)) {
                answers.race1997(OmbCategory.WHITE, staff, channel);
            } else {
                answers.answer("race", OTHER_RACE, null, false, null, staff, channel);
            }
        } else {
            answers.answer("ethnicity", NOT_HISPANIC, null, false, null, staff, channel);
            answers.race1997(seen, staff, channel);
        }
    }

    /** Collects the rows of one asking, all recorded on the same day. */
    private static final class Answers {
        private final LocalDate date;
        private final List<RaceEthnicityAnswer> list = new ArrayList<>();

        Answers(LocalDate date) {
            this.date = date;
        }

        void minimum(String question, OmbCategory category, ReportingSource source, String channel) {
            answer(question, new Coding(CodeSystems.CDC_RACE_ETHNICITY, category.cdcCode(), category.label()), category,
                    false, null, source, channel);
        }

        /** A race under the 1997 standard, where Middle Eastern or North African people are White. */
        void race1997(OmbCategory category, ReportingSource source, String channel) {
            OmbCategory race = category == OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN ? OmbCategory.WHITE : category;
            minimum("race", race, source, channel);
        }

        void detail(String question, Origin origin, ReportingSource source, String channel) {
            if (origin.cdcCode().isPresent() && !origin.cdcCode().get().equals(origin.category().cdcCode())) {
                answer(question, new Coding(CodeSystems.CDC_RACE_ETHNICITY, origin.cdcCode().get(), origin.cdcDisplay()),
                        origin.category(), true, origin.writeIn().orElse(null), source, channel);
            }
        }

        void nonAnswer(String question, ResponseStatus status, ReportingSource source) {
            Coding code = new Coding(status.fhirSystem(), status.fhirCode(), status.fhirDisplay());
            list.add(new RaceEthnicityAnswer(question, status, code, null, false, null, source, date,
                    status == ResponseStatus.UNKNOWN ? null : "registration"));
        }

        void answer(String question, Coding code, OmbCategory category, boolean detailed, String writeIn,
                    ReportingSource source, String channel) {
            list.add(new RaceEthnicityAnswer(question, ResponseStatus.ANSWERED, code, category, detailed, writeIn,
                    source, date, channel));
        }
    }
}
