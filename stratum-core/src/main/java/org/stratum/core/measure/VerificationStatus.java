package org.stratum.core.measure;

/**
 * Whether a measure reproduces its eCQM exactly. A built-in measure is {@code VERIFIED} only when
 * every published test case for it gives the expected result (the acceptance test enforces that);
 * everything else, including every custom measure, is {@code UNVERIFIED} and is shown so wherever
 * it appears.
 */
public enum VerificationStatus {
    VERIFIED,
    UNVERIFIED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
