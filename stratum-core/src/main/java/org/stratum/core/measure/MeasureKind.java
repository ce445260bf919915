package org.stratum.core.measure;

/** Where a measure's definition comes from. */
public enum MeasureKind {
    /** A CMS electronic clinical quality measure, computed as its published CQL defines it. */
    ECQM,
    /** A share of patient-experience survey answers, defined by Stratum. */
    PATIENT_EXPERIENCE,
    /** Defined by a user in a definition file of their own. */
    CUSTOM
}
