package org.stratum.core.real.bisg;

import java.util.Optional;

/**
 * Bayesian Improved Surname Geocoding over a user's surname list and area table: the probability
 * that a person belongs to each {@link BisgGroup} given their surname and where they live. For
 * population estimates only; self-reported data always wins and an imputation is never a person's race.
 */
public final class Bisg {
    private final SurnameTable surnames;
    private final AreaTable areas;
    private final BayesianUpdate update;

    public Bisg(SurnameTable surnames, AreaTable areas) {
        this.surnames = surnames;
        this.areas = areas;
        this.update = new BayesianUpdate(areas.national());
    }

    /** Empty when neither the surname is on the list nor the area in the table. */
    public Optional<Imputation> impute(String surname, String area) {
        return update.impute(surnames.lookup(surname).orElse(null), areas.lookup(area).orElse(null));
    }
}
