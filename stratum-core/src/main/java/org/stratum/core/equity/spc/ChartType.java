package org.stratum.core.equity.spc;

/**
 * The kinds of chart, with the qicharts2 name of each ({@code qic(chart = ...)}); the formulas are
 * in {@code docs/statistics.md, Part III}.
 */
public enum ChartType {
    /** Run chart: the values against their median, no limits ({@code "run"}). */
    RUN(new MedianLine()),
    /** Individuals: mean ± 3 × average moving range ÷ 1.128 ({@code "i"}). */
    I(new IndividualsLimits()),
    /** Moving ranges of successive values, upper limit 3.267 × their mean ({@code "mr"}). */
    MR(new MovingRangeLimits()),
    /** Subgroup means, limits from the pooled within-subgroup standard deviation ({@code "xbar"}). */
    XBAR(new SubgroupMeanLimits()),
    /** Subgroup standard deviations ({@code "s"}). */
    S(new SubgroupDeviationLimits()),
    /** Time between rare events: an I chart on values^(1/3.6), transformed back ({@code "t"}). */
    T(new TimeBetweenEventsLimits()),
    /** Proportions with binomial limits that vary with each denominator ({@code "p"}). */
    P(AttributeLimits.proportions(false)),
    /** Laney's p′: the p chart's limits widened by the between-period variation σz ({@code "pp"}). */
    P_PRIME(AttributeLimits.proportions(true)),
    /** Rates (events per unit of exposure) with Poisson limits ({@code "u"}). */
    U(AttributeLimits.rates(false)),
    /** Laney's u′ ({@code "up"}). */
    U_PRIME(AttributeLimits.rates(true)),
    /** Counts of events with no denominator, Poisson limits ({@code "c"}). */
    C(AttributeLimits.counts());

    private final PhaseLimits limits;

    ChartType(PhaseLimits limits) {
        this.limits = limits;
    }

    PhaseLimits limits() {
        return limits;
    }

    /** Whether the chart has control limits (every type but the run chart). */
    public boolean hasLimits() {
        return this != RUN;
    }
}
