package org.stratum.engine.generate.truth;

import java.util.List;
import java.util.function.Function;
import org.stratum.engine.generate.people.Person;
import org.stratum.engine.generate.people.PrimaryGroup;

/**
 * The inequities the generator plants on purpose, each with a known cause, plus one measure with
 * no gap at all. Later analytics (gap finder, decomposition) are tested against these.
 */
public enum PlantedInequity {
    BP_WITHOUT_INTERPRETER("bp-without-interpreter", "CMS165", "gap",
            "Blood pressure is controlled less often for patients who need an interpreter at Harbor View Medical"
                    + " Group, the one site without interpreter services; almost all of them prefer Spanish. Patients"
                    + " who need an interpreter at every other site do as well as everyone else.",
            List.of(new Breakdown("lacks-interpreter", p -> OutcomeModel.lacksInterpreter(p) ? "yes" : "no"),
                    new Breakdown("site/language", p -> p.site().id() + "/" + languageBucket(p)),
                    new Breakdown("language", PlantedInequity::languageBucket))),
    EXPLAINED_WITHOUT_INTERPRETER("explained-without-interpreter", "PX-EXPLAINED", "gap",
            "Patients who need an interpreter at Harbor View less often answer that the provider explained things"
                    + " in a way that was easy to understand (top box). Same cause as bp-without-interpreter.",
            List.of(new Breakdown("lacks-interpreter", p -> OutcomeModel.lacksInterpreter(p) ? "yes" : "no"),
                    new Breakdown("site/language", p -> p.site().id() + "/" + languageBucket(p)),
                    new Breakdown("language", PlantedInequity::languageBucket))),
    COLORECTAL_BY_PAYER("colorectal-by-payer", "CMS130", "gap",
            "Colorectal cancer screening depends on payer only (commercial and Medicare high, Medi-Cal lower,"
                    + " uninsured lowest). Hispanic, Black and AIAN patients are more often on Medi-Cal or uninsured, so"
                    + " their overall rates are lower, but within each payer race and ethnicity make no difference.",
            List.of(new Breakdown("payer", p -> p.payer().code()),
                    new Breakdown("group", p -> p.group().name()),
                    new Breakdown("payer/group", p -> p.payer().code() + "/" + p.group().name()))),
    DIABETES_BY_SITE("diabetes-by-site", "CMS122", "gap",
            "Poor glycemic control (HbA1c > 9%, an inverse measure) is three times as common at Valley Farmworker"
                    + " Health Center as at every other site, for every group alike. Hispanic patients are"
                    + " over-represented there, so their overall rate is higher: the gap is composition (which site"
                    + " people attend), not differences within sites.",
            List.of(new Breakdown("site", p -> p.site().id()),
                    new Breakdown("group", p -> p.group().name()),
                    new Breakdown("hispanic", PlantedInequity::hispanicOrNot),
                    new Breakdown("site/hispanic", p -> p.site().id() + "/" + hispanicOrNot(p)))),
    BREAST_NO_GAP("breast-no-gap", "CMS125", "no-gap",
            "Breast cancer screening has one rate for everyone. Small groups (Native Hawaiian or Pacific Islander,"
                    + " American Indian or Alaska Native) will show noisy rates by chance; nothing here may be flagged.",
            List.of(new Breakdown("group", p -> p.group().name()),
                    new Breakdown("site", p -> p.site().id())));

    private final String id;
    private final String measure;
    private final String kind;
    private final String description;
    private final List<Breakdown> breakdowns;

    PlantedInequity(String id, String measure, String kind, String description,
                    List<Breakdown> breakdowns) {
        this.id = id;
        this.measure = measure;
        this.kind = kind;
        this.description = description;
        this.breakdowns = breakdowns;
    }

    public String id() {
        return id;
    }

    public String measure() {
        return measure;
    }

    public String kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public List<Breakdown> breakdowns() {
        return breakdowns;
    }

    static String languageBucket(Person person) {
        String language = person.preferredLanguage();
        return language.equals("en") ? "english" : language.equals("es") ? "spanish" : "other";
    }

    static String hispanicOrNot(Person person) {
        return person.group() == PrimaryGroup.HISPANIC ? "hispanic" : "not-hispanic";
    }

    /** One way of splitting the patients: a name and the stratum each patient falls in. */
    public record Breakdown(String name, Function<Person, String> stratum) {
    }
}
