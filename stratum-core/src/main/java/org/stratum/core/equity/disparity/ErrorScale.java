package org.stratum.core.equity.disparity;

/** The scale a disparity measure's standard error is on, which decides how its interval is built. */
public enum ErrorScale {
    /** The estimate's own scale: estimate ± z·SE. */
    LINEAR,
    /** The natural log of the estimate (ratios): exp(ln estimate ± z·SE). */
    LOG
}
