package org.stratum.engine.equity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a measure can be stratified or filtered by on the dashboards: race and ethnicity in the two
 * tabulations whose strata do not overlap (OMB 2024 combined question, and 1997 "Hispanic, then race"),
 * preferred language, interpreter need, sex, age band, the payer, site and clinician the measure run
 * attributed, the deprivation quintile of the patient's area and social needs found by screening.
 * Sexual orientation, gender identity and disability are <em>optional</em>: sensitive answers that
 * an organisation decides to report on, so the application offers them only once an administrator
 * turns them on; the engine computes them like the others.
 * Each has the short name a web address or command uses (listed in docs/dimensions.md).
 */
public enum StratifyingDimension {
    RACE_2024("race-2024", ScanColumn.RACE_2024),
    RACE_1997("race-1997", ScanColumn.RACE_1997),
    LANGUAGE("language", ScanColumn.LANGUAGE),
    INTERPRETER("interpreter", ScanColumn.INTERPRETER),
    SEX("sex", ScanColumn.SEX),
    AGE_BAND("age-band", ScanColumn.AGE_BAND),
    PAYER("payer", ScanColumn.PAYER),
    SITE("site", ScanColumn.SITE),
    CLINICIAN("clinician", ScanColumn.CLINICIAN),
    DEPRIVATION_QUINTILE("deprivation-quintile", ScanColumn.DEPRIVATION_QUINTILE),
    SOCIAL_NEEDS("social-needs", ScanColumn.SOCIAL_NEEDS),
    SEXUAL_ORIENTATION("sexual-orientation", ScanColumn.SEXUAL_ORIENTATION, true),
    GENDER_IDENTITY("gender-identity", ScanColumn.GENDER_IDENTITY, true),
    DISABILITY("disability", ScanColumn.DISABILITY, true);

    private final String parameter;
    private final ScanColumn column;
    private final boolean optional;

    StratifyingDimension(String parameter, ScanColumn column) {
        this(parameter, column, false);
    }

    StratifyingDimension(String parameter, ScanColumn column, boolean optional) {
        this.parameter = parameter;
        this.column = column;
        this.optional = optional;
    }

    /** The short name, e.g. {@code race-2024}. */
    public String parameter() {
        return parameter;
    }

    /** How a report names it, e.g. "race and ethnicity (OMB 2024)". */
    public String title() {
        return column.title();
    }

    /** Whether it is offered only when an administrator turns it on (sexual orientation, gender identity, disability). */
    public boolean optional() {
        return optional;
    }

    ScanColumn column() {
        return column;
    }

    public static Optional<StratifyingDimension> fromParameter(String parameter) {
        return Arrays.stream(values()).filter(d -> d.parameter.equals(parameter)).findFirst();
    }
}
