package org.stratum.core.equity.rate;

/** How a confidence interval was computed, so every interval can say so on a report. */
public enum IntervalMethod {
    /** Wilson score interval for a proportion (Wilson 1927). */
    WILSON("Wilson score"),
    /** Clopper–Pearson "exact" interval for a proportion, from beta quantiles (Clopper & Pearson 1934). */
    CLOPPER_PEARSON("Clopper-Pearson exact"),
    /** Byar's approximation to the Poisson limits of a count (Breslow & Day 1987). */
    BYAR("Byar's approximation"),
    /** Exact Poisson limits of a count, from chi-squared quantiles (Armitage & Berry 2002). */
    EXACT_POISSON("exact Poisson"),
    /** Dobson et al. (1991) interval for a weighted sum of Poisson rates, with Byar's limits for the total count. */
    DOBSON("Dobson"),
    /** Newcombe's hybrid score interval for a difference of proportions (Newcombe 1998, method 10). */
    NEWCOMBE_HYBRID_SCORE("Newcombe hybrid score"),
    /** Log (Katz) interval for a ratio of proportions. */
    LOG_RATIO("log method"),
    /** Estimate plus or minus z standard errors (on the log scale for ratios). */
    NORMAL_APPROXIMATION("normal approximation"),
    /** Percentiles of a Monte Carlo simulation (PHEindicatormethods {@code phe_sii}). */
    SIMULATION("simulation");

    private final String label;

    IntervalMethod(String label) {
        this.label = label;
    }

    /** The name to print beside the interval. */
    public String label() {
        return label;
    }
}
