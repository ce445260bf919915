package org.stratum.core.real.bisg;

import java.util.Locale;
import java.util.Optional;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ResponseStatus;
import org.stratum.core.real.tabulation.Ethnicity1997;
import org.stratum.core.real.tabulation.ReportedIdentity;

/**
 * The six mutually exclusive groups the Census surname list and BISG work with: Hispanic of any
 * race, and non-Hispanic White alone, Black alone, Asian or Pacific Islander alone, American Indian
 * or Alaska Native alone, and two or more races or some other race. BISG can yield nothing finer:
 * no MENA (Census counts it as White), no detailed group.
 */
public enum BisgGroup {
    HISPANIC("Hispanic or Latino"),
    WHITE("White, not Hispanic"),
    BLACK("Black, not Hispanic"),
    API("Asian or Pacific Islander, not Hispanic"),
    AIAN("American Indian or Alaska Native, not Hispanic"),
    MULTIRACIAL("Multiracial or other race, not Hispanic");

    private final String label;

    BisgGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lower-case key used in warehouse column names and on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The group a patient's own answers put them in, read the way the Census builds these groups:
     * Hispanic whatever the race, else the single 1997 race (MENA is White there; Asian and NHPI are
     * one group), else two or more races or Other Race. Empty when the patient gave no race and no
     * Hispanic answer, which is exactly when BISG may stand in for a population estimate.
     */
    public static Optional<BisgGroup> ofSelfReport(ReportedIdentity identity) {
        if (identity.ethnicity() == Ethnicity1997.HISPANIC_OR_LATINO
                || identity.categories().contains(OmbCategory.HISPANIC_OR_LATINO)) {
            return Optional.of(HISPANIC);
        }
        if (identity.status() != ResponseStatus.ANSWERED || identity.raceCount1997() == 0) {
            return Optional.empty();
        }
        if (identity.raceCount1997() > 1 || identity.races().isEmpty()) {
            return Optional.of(MULTIRACIAL);
        }
        return Optional.of(switch (identity.races().iterator().next()) {
            case WHITE, MIDDLE_EASTERN_OR_NORTH_AFRICAN -> WHITE;
            case BLACK_OR_AFRICAN_AMERICAN -> BLACK;
            case ASIAN, NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER -> API;
            case AMERICAN_INDIAN_OR_ALASKA_NATIVE -> AIAN;
            case HISPANIC_OR_LATINO -> HISPANIC;
        });
    }
}
