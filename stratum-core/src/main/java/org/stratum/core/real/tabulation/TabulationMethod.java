package org.stratum.core.real.tabulation;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The ways REAL data can be tabulated. The OMB SPD 15 (2024) approaches (spd15revision.gov): each
 * minimum category alone with the multiple responses shown by combination, alone or in combination,
 * and the combined "Multiracial and/or Multiethnic" category; detailed groups rolled up to their
 * category; and the 1997 two-question views UDS and HEDIS still report. Overlapping tabulations count
 * a patient in several strata: their shares add to more than 100% and must not be summed.
 */
public enum TabulationMethod {
    /** Exactly one minimum category → "X alone"; two or more → their combination, each its own stratum. */
    ALONE("Alone, with each combination", false, i -> Strata2024.alone(i, true),
            () -> Strata2024.fixed(Strata2024::alone, List.of())),
    /** Each category a patient names; strata overlap. */
    ALONE_OR_IN_COMBINATION("Alone or in combination", true, Strata2024::aloneOrInCombination,
            () -> Strata2024.fixed(Strata2024::inCombination, List.of())),
    /** Exactly one minimum category → "X alone"; two or more → Multiracial and/or Multiethnic. */
    MULTIRACIAL_AND_OR_MULTIETHNIC("OMB 2024 with Multiracial and/or Multiethnic", false,
            i -> Strata2024.alone(i, false),
            () -> Strata2024.fixed(Strata2024::alone, List.of(Strata2024.multiracial()))),
    /** Each detailed group named, and each category named without detail; strata overlap. */
    DETAILED("Detailed groups", true, Strata2024::detailed, () -> Strata2024.fixed(null, List.of())),
    /** 1997: Hispanic or Latino of any race, then the races of non-Hispanic patients. */
    HISPANIC_THEN_RACE_1997("1997: Hispanic or Latino, then race", false, Strata1997::hispanicThenRace,
            Strata1997::fixedHispanicThenRace),
    /** 1997 race question alone, as HEDIS stratifies it. */
    RACE_1997("1997: race", false, Strata1997::race, Strata1997::fixedRace),
    /** 1997 ethnicity question alone, as HEDIS stratifies it. */
    ETHNICITY_1997("1997: ethnicity", false, Strata1997::ethnicity, Strata1997::fixedEthnicity);

    private final String label;
    private final boolean overlapping;
    private final Function<ReportedIdentity, List<Stratum>> rule;
    private final Supplier<List<Stratum>> fixedStrata;

    TabulationMethod(String label, boolean overlapping, Function<ReportedIdentity, List<Stratum>> rule,
                     Supplier<List<Stratum>> fixedStrata) {
        this.label = label;
        this.overlapping = overlapping;
        this.rule = rule;
        this.fixedStrata = fixedStrata;
    }

    public String label() {
        return label;
    }

    /** Whether a patient can be in several strata, so that counts must not be added up. */
    public boolean overlapping() {
        return overlapping;
    }

    /** The strata a patient is counted in: exactly one unless the method overlaps. */
    public List<Stratum> strataOf(ReportedIdentity identity) {
        return rule.apply(identity);
    }

    /** Strata shown even when nobody is in them, so every table of this kind has the same rows. */
    public List<Stratum> fixedStrata() {
        return fixedStrata.get();
    }
}
