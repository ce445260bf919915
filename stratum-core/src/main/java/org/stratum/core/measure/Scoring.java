package org.stratum.core.measure;

/** How a measure's populations combine into a score. Stratum's measures are all proportions. */
public enum Scoring {
    /** Numerator over denominator, after exclusions and exceptions leave the denominator. */
    PROPORTION
}
