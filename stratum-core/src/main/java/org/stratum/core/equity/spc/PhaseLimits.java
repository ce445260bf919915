package org.stratum.core.equity.spc;

/** How one chart type computes its values, centre line and limits over one phase. */
interface PhaseLimits {

    PhaseLines compute(PhaseSeries phase);
}
