package org.stratum.core.real.tabulation;

import java.util.ArrayList;
import java.util.List;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ResponseStatus;

/**
 * Strata of the 1997 two-question view, as UDS and HEDIS report it. Race and ethnicity on their own
 * (HEDIS stratifies them separately: five races, two or more races, Other Race, and the non-answers;
 * Hispanic or Latino, not Hispanic or Latino, and the non-answers), and the combined view used for
 * race-and-ethnicity rates: Hispanic or Latino of any race first, then the races of people who are
 * not Hispanic or Latino. A patient whose Hispanic origin is not known is not assumed to be
 * non-Hispanic: they are counted under their ethnicity non-answer, as NCHS counts "origin not stated".
 * Other Race counts as a race, so White and Other Race make two or more races, as in the Census.
 */
final class Strata1997 {
    private static final List<ResponseStatus> NON_ANSWERS =
            List.of(ResponseStatus.ASKED_NO_ANSWER, ResponseStatus.DECLINED, ResponseStatus.UNKNOWN);

    private Strata1997() {
    }

    /** The 1997 wording: Native Hawaiian or Other Pacific Islander. */
    static String raceLabel(OmbCategory race) {
        return race == OmbCategory.NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER ? "Native Hawaiian or Other Pacific Islander"
                : race.label();
    }

    static List<OmbCategory> races() {
        return List.of(OmbCategory.AMERICAN_INDIAN_OR_ALASKA_NATIVE, OmbCategory.ASIAN,
                OmbCategory.BLACK_OR_AFRICAN_AMERICAN, OmbCategory.NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER, OmbCategory.WHITE);
    }

    static List<Stratum> race(ReportedIdentity identity) {
        return List.of(raceStratum(identity, "", ""));
    }

    static List<Stratum> ethnicity(ReportedIdentity identity) {
        return List.of(switch (identity.ethnicity()) {
            case HISPANIC_OR_LATINO -> hispanic("HISPANIC", "Hispanic or Latino");
            case NOT_HISPANIC_OR_LATINO -> notHispanic();
            case NOT_REPORTED -> Stratum.nonAnswer("ETHNICITY_", "Ethnicity", identity.ethnicityStatus(),
                    Stratum.NON_ANSWER_RANK);
        });
    }

    static List<Stratum> hispanicThenRace(ReportedIdentity identity) {
        return List.of(switch (identity.ethnicity()) {
            case HISPANIC_OR_LATINO -> hispanic("HISPANIC_ANY_RACE", "Hispanic or Latino (any race)");
            case NOT_HISPANIC_OR_LATINO -> raceStratum(identity, "NOT_HISPANIC_", "Not Hispanic or Latino: ");
            case NOT_REPORTED -> Stratum.nonAnswer("HISPANIC_ORIGIN_", "Hispanic origin", identity.ethnicityStatus(),
                    Stratum.NON_ANSWER_RANK + 10);
        });
    }

    static List<Stratum> fixedRace() {
        return raceStrata("", "");
    }

    static List<Stratum> fixedEthnicity() {
        List<Stratum> strata = new ArrayList<>(List.of(hispanic("HISPANIC", "Hispanic or Latino"), notHispanic()));
        NON_ANSWERS.forEach(s -> strata.add(Stratum.nonAnswer("ETHNICITY_", "Ethnicity", s, Stratum.NON_ANSWER_RANK)));
        return strata;
    }

    static List<Stratum> fixedHispanicThenRace() {
        List<Stratum> strata = new ArrayList<>(List.of(hispanic("HISPANIC_ANY_RACE", "Hispanic or Latino (any race)")));
        strata.addAll(raceStrata("NOT_HISPANIC_", "Not Hispanic or Latino: "));
        NON_ANSWERS.forEach(s -> strata.add(Stratum.nonAnswer("HISPANIC_ORIGIN_", "Hispanic origin", s,
                Stratum.NON_ANSWER_RANK + 10)));
        return strata;
    }

    private static List<Stratum> raceStrata(String keyPrefix, String labelPrefix) {
        List<Stratum> strata = new ArrayList<>();
        races().forEach(race -> strata.add(single(race, keyPrefix, labelPrefix)));
        strata.add(twoOrMore(keyPrefix, labelPrefix));
        strata.add(otherRace(keyPrefix, labelPrefix));
        NON_ANSWERS.forEach(s -> strata.add(raceNonAnswer(s, keyPrefix, labelPrefix)));
        return strata;
    }

    private static Stratum raceStratum(ReportedIdentity identity, String keyPrefix, String labelPrefix) {
        int count = identity.raceCount1997();
        if (count == 0) {
            return raceNonAnswer(identity.raceStatus(), keyPrefix, labelPrefix);
        }
        if (count > 1) {
            return twoOrMore(keyPrefix, labelPrefix);
        }
        return identity.otherRace() ? otherRace(keyPrefix, labelPrefix)
                : single(identity.races().iterator().next(), keyPrefix, labelPrefix);
    }

    private static Stratum single(OmbCategory race, String keyPrefix, String labelPrefix) {
        return new Stratum(keyPrefix + race.key(), labelPrefix + raceLabel(race), race, ResponseStatus.ANSWERED,
                10 + race.ordinal());
    }

    private static Stratum twoOrMore(String keyPrefix, String labelPrefix) {
        return new Stratum(keyPrefix + "TWO_OR_MORE_RACES", labelPrefix + "Two or more races", null,
                ResponseStatus.ANSWERED, 100);
    }

    private static Stratum otherRace(String keyPrefix, String labelPrefix) {
        return new Stratum(keyPrefix + "OTHER_RACE", labelPrefix + "Other Race", null, ResponseStatus.ANSWERED, 300);
    }

    private static Stratum raceNonAnswer(ResponseStatus status, String keyPrefix, String labelPrefix) {
        return Stratum.nonAnswer(keyPrefix + "RACE_", labelPrefix.isEmpty() ? "Race" : labelPrefix + "race", status,
                Stratum.NON_ANSWER_RANK);
    }

    private static Stratum hispanic(String key, String label) {
        return new Stratum(key, label, OmbCategory.HISPANIC_OR_LATINO, ResponseStatus.ANSWERED, 0);
    }

    private static Stratum notHispanic() {
        return new Stratum("NOT_HISPANIC", "Not Hispanic or Latino", null, ResponseStatus.ANSWERED, 10);
    }
}
