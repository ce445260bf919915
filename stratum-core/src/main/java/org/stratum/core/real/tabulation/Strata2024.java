package org.stratum.core.real.tabulation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ResponseStatus;

/**
 * Strata of the OMB SPD 15 (2024) tabulations (spd15revision.gov, "tabulating multiple responses"):
 * alone with each combination, alone or in combination, the combined "Multiracial and/or
 * Multiethnic" category, and detailed groups rolled up to their category. In every one, a patient
 * whose only answer is Other Race (not an OMB category) has a stratum of their own, and non-answers
 * are explicit strata.
 */
final class Strata2024 {
    private Strata2024() {
    }

    static Stratum alone(OmbCategory category) {
        return new Stratum(category.key() + "_ALONE", category.label() + " alone", category, ResponseStatus.ANSWERED,
                10 + category.ordinal());
    }

    static Stratum inCombination(OmbCategory category) {
        return new Stratum(category.key() + "_ALONE_OR_IN_COMBINATION", category.label() + " alone or in combination",
                category, ResponseStatus.ANSWERED, 10 + category.ordinal());
    }

    static Stratum multiracial() {
        return new Stratum("MULTIRACIAL_MULTIETHNIC", "Multiracial and/or Multiethnic", null, ResponseStatus.ANSWERED, 100);
    }

    static Stratum combination(Set<OmbCategory> categories) {
        Set<OmbCategory> ordered = EnumSet.copyOf(categories);
        return new Stratum(ordered.stream().map(OmbCategory::key).collect(Collectors.joining("+")),
                ordered.stream().map(OmbCategory::label).collect(Collectors.joining(" and ")), null,
                ResponseStatus.ANSWERED, 100);
    }

    static Stratum otherRaceOnly() {
        return new Stratum("OTHER_RACE_ONLY", "Other Race only (no OMB category)", null, ResponseStatus.ANSWERED, 300);
    }

    static Stratum detailed(DetailedGroup group) {
        String key = group.code() != null ? "DETAILED:" + group.code() : "DETAILED:WRITE_IN:" + group.category().key();
        String label = group.code() != null ? group.display() : group.category().label() + ", another group (written in)";
        return new Stratum(key, label, group.category(), ResponseStatus.ANSWERED, 200 + 2 * group.category().ordinal());
    }

    static Stratum withoutDetail(OmbCategory category) {
        return new Stratum(category.key() + "_NO_DETAIL", category.label() + ", no detailed group given", category,
                ResponseStatus.ANSWERED, 201 + 2 * category.ordinal());
    }

    static Stratum nonAnswer(ResponseStatus status) {
        return Stratum.nonAnswer("", "", status, Stratum.NON_ANSWER_RANK);
    }

    static List<Stratum> alone(ReportedIdentity identity, boolean combinationsApart) {
        if (identity.status() != ResponseStatus.ANSWERED) {
            return List.of(nonAnswer(identity.status()));
        }
        Set<OmbCategory> categories = identity.categories();
        if (categories.isEmpty()) {
            return List.of(otherRaceOnly());
        }
        if (categories.size() == 1) {
            return List.of(alone(categories.iterator().next()));
        }
        return List.of(combinationsApart ? combination(categories) : multiracial());
    }

    static List<Stratum> aloneOrInCombination(ReportedIdentity identity) {
        if (identity.status() != ResponseStatus.ANSWERED) {
            return List.of(nonAnswer(identity.status()));
        }
        if (identity.categories().isEmpty()) {
            return List.of(otherRaceOnly());
        }
        return EnumSet.copyOf(identity.categories()).stream().map(Strata2024::inCombination).toList();
    }

    static List<Stratum> detailed(ReportedIdentity identity) {
        if (identity.status() != ResponseStatus.ANSWERED) {
            return List.of(nonAnswer(identity.status()));
        }
        if (identity.categories().isEmpty()) {
            return List.of(otherRaceOnly());
        }
        Map<String, Stratum> strata = new LinkedHashMap<>();
        Set<OmbCategory> withDetail = EnumSet.noneOf(OmbCategory.class);
        for (DetailedGroup group : identity.detailed()) {
            strata.putIfAbsent(detailed(group).key(), detailed(group));
            withDetail.add(group.category());
        }
        List<Stratum> result = new ArrayList<>(strata.values());
        for (OmbCategory category : EnumSet.copyOf(identity.categories())) {
            if (!withDetail.contains(category)) {
                result.add(withoutDetail(category));
            }
        }
        return result;
    }

    /** Strata listed even when empty: the minimum categories (as {@code each} names them), Other Race, non-answers. */
    static List<Stratum> fixed(Function<OmbCategory, Stratum> each, List<Stratum> extra) {
        List<Stratum> strata = new ArrayList<>();
        if (each != null) {
            for (OmbCategory category : OmbCategory.values()) {
                strata.add(each.apply(category));
            }
        }
        strata.addAll(extra);
        strata.add(otherRaceOnly());
        for (ResponseStatus status : List.of(ResponseStatus.ASKED_NO_ANSWER, ResponseStatus.DECLINED, ResponseStatus.UNKNOWN)) {
            strata.add(nonAnswer(status));
        }
        return strata;
    }
}
