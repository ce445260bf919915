package org.stratum.engine.equity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The columns a gap scan groups by: filters that cut the population into slices, dimensions whose
 * groups are compared within a slice, and the composition factors a gap is decomposed across. Site,
 * clinician and payer are the patient's attribution in the period, as the measure run stored them;
 * the others are the patient's own, from {@code gap_patient}, where they are small integer codes.
 */
enum ScanColumn {
    SITE("coalesce(r.site_id, 'unattributed')", "site"),
    CLINICIAN("coalesce(r.clinician_id, 'unattributed')", "clinician"),
    PAYER("coalesce(r.payer_type, 'unknown')", "payer"),
    AGE_BAND(null, "age band"),
    SEX(null, "sex"),
    LANGUAGE(null, "preferred language"),
    DEPRIVATION_QUINTILE(null, "deprivation quintile"),
    SOCIAL_NEEDS(null, "social needs"),
    RACE_2024(null, "race and ethnicity (OMB 2024)"),
    RACE_1997(null, "race and ethnicity (1997)"),
    INTERPRETER(null, "interpreter need"),
    SEXUAL_ORIENTATION(null, "sexual orientation"),
    GENDER_IDENTITY(null, "gender identity"),
    DISABILITY(null, "disability");

    /** The filters of the toolkit's Opportunity 4, each giving one slice per value. */
    static final List<ScanColumn> FILTERS = List.of(SITE, CLINICIAN, PAYER, AGE_BAND, SEX, LANGUAGE, DEPRIVATION_QUINTILE,
            SOCIAL_NEEDS);
    /**
     * The REAL dimensions: race and ethnicity in the two tabulations whose strata do not overlap (so
     * that "everyone else" is the slice minus the group), preferred language and interpreter need.
     */
    static final List<ScanColumn> DIMENSIONS = List.of(RACE_2024, RACE_1997, LANGUAGE, INTERPRETER);
    /** What a gap is decomposed across. */
    static final List<ScanColumn> FACTORS = List.of(SITE, PAYER);
    /**
     * The columns a gap scan groups by: all but the optional dimensions (sexual orientation, gender
     * identity, disability), which are stratified on request only and would multiply the scan's cells.
     */
    static final List<ScanColumn> SCANNED = Arrays.stream(values())
            .filter(c -> c != SEXUAL_ORIENTATION && c != GENDER_IDENTITY && c != DISABILITY).toList();
    /** The patient's own columns, coded in {@code gap_patient}. */
    static final List<ScanColumn> PATIENT = Arrays.stream(values()).filter(ScanColumn::patient).toList();

    private final String result;
    private final String title;

    ScanColumn(String result, String title) {
        this.result = result;
        this.title = title;
    }

    /** Whether the column is the patient's own (coded in gap_patient) rather than the measure result's. */
    boolean patient() {
        return result == null;
    }

    /** The SQL expression over {@code measure_result r} and {@code gap_patient p}; never null. */
    String source() {
        return patient() ? "p." + column() : result;
    }

    /** The column's name in the query and in gap_patient. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How a report names it: a slice's filter, a dimension or a decomposition factor. */
    String title() {
        return title;
    }
}
