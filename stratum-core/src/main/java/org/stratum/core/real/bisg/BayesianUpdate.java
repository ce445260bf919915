package org.stratum.core.real.bisg;

import java.util.Optional;

/**
 * The BISG update (Elliott et al. 2009; the CFPB's proxy method): for each group i,
 * {@code P(i | surname, area) ∝ P(i | surname) × P(i | area) / P(i)}, where P(i) is the group's
 * share of the whole population the area table covers. This is the same as
 * {@code P(i | surname) × P(area | i)}, the share of group i's national population living in the area.
 *
 * <p>What is missing is left out of the product, as the CFPB does: a surname not on the list gives
 * the area's composition alone, an unknown area gives the surname's alone. When the two contradict
 * each other completely (every product zero, e.g. a surname only ever Asian in an area with no Asian
 * adults), the surname's own probabilities are kept: the area table's zero is a sampling zero.
 */
public final class BayesianUpdate {
    private final GroupProbabilities national;

    /** @param national P(i): each group's share of the population the area table covers */
    public BayesianUpdate(GroupProbabilities national) {
        this.national = national;
    }

    public Optional<Imputation> impute(GroupProbabilities givenSurname, GroupProbabilities givenArea) {
        if (givenSurname == null && givenArea == null) {
            return Optional.empty();
        }
        if (givenSurname == null) {
            return Optional.of(new Imputation(givenArea, Imputation.Basis.AREA_ONLY));
        }
        if (givenArea == null) {
            return Optional.of(new Imputation(givenSurname, Imputation.Basis.SURNAME_ONLY));
        }
        double[] weights = new double[BisgGroup.values().length];
        double total = 0;
        for (BisgGroup group : BisgGroup.values()) {
            double share = national.of(group);
            weights[group.ordinal()] = share == 0 ? 0 : givenSurname.of(group) * givenArea.of(group) / share;
            total += weights[group.ordinal()];
        }
        if (total == 0) {
            return Optional.of(new Imputation(givenSurname, Imputation.Basis.SURNAME_ONLY));
        }
        return Optional.of(new Imputation(GroupProbabilities.normalise(weights), Imputation.Basis.SURNAME_AND_AREA));
    }
}
