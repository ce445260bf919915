package org.stratum.engine.real.census;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The groups a census table by ZCTA counts and patients can be put in beside it: Hispanic or Latino of
 * any race, then the single races of non-Hispanic people, Two or more races and Some Other Race (the
 * 1997 "Hispanic, then race" tabulation, as the 2020 census publishes it). The census counts Asian
 * with Native Hawaiian and Other Pacific Islander, so patients' two groups are joined the same way.
 */
public enum CensusCategory {
    HISPANIC("Hispanic_Total", "Hispanic or Latino (any race)", Set.of("HISPANIC_ANY_RACE")),
    WHITE("NH_White_alone", "White alone, not Hispanic", Set.of("NOT_HISPANIC_WHITE")),
    BLACK("NH_Black_alone", "Black or African American alone, not Hispanic", Set.of("NOT_HISPANIC_BLACK")),
    AIAN("NH_AIAN_alone", "American Indian or Alaska Native alone, not Hispanic", Set.of("NOT_HISPANIC_AIAN")),
    ASIAN_PACIFIC_ISLANDER("NH_API_alone", "Asian, Native Hawaiian or Pacific Islander alone, not Hispanic",
            Set.of("NOT_HISPANIC_ASIAN", "NOT_HISPANIC_NHPI")),
    OTHER("NH_Other_alone", "Some Other Race alone, not Hispanic", Set.of("NOT_HISPANIC_OTHER_RACE")),
    MULTIPLE("NH_Mult_Total", "Two or more races, not Hispanic", Set.of("NOT_HISPANIC_TWO_OR_MORE_RACES"));

    private final String column;
    private final String label;
    private final Set<String> strata;

    CensusCategory(String column, String label, Set<String> strata) {
        this.column = column;
        this.label = label;
        this.strata = strata;
    }

    /** The column of the census file that counts this group. */
    public String column() {
        return column;
    }

    public String label() {
        return label;
    }

    /** The category of a patient's 1997 "Hispanic, then race" stratum; empty for a non-answer. */
    static Optional<CensusCategory> ofStratum(String stratumKey) {
        return Arrays.stream(values()).filter(c -> c.strata.contains(stratumKey)).findFirst();
    }
}
