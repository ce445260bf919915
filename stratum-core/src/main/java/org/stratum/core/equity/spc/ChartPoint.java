package org.stratum.core.equity.spc;

/**
 * One point of a computed chart. Lines that do not exist are NaN: every limit on a run chart, the
 * limits of an X̄ point from a single measurement, everything about a missing period but its place.
 *
 * @param index the point's position, from 0
 * @param phase the phase it belongs to, from 0
 * @param value the plotted value (× the multiplier)
 * @param centre the centre line
 * @param lower the lower 3σ control limit
 * @param upper the upper 3σ control limit
 * @param lowerWarning the lower 2σ line (qicharts2 {@code lcl.95}; NHS "near the limit")
 * @param upperWarning the upper 2σ line
 * @param baseline whether the point counted towards the centre line and limits
 * @param excluded whether the point was excluded by the caller
 * @param sigmaSignal whether the value lies strictly outside the control limits
 */
public record ChartPoint(int index, int phase, double value, double centre, double lower, double upper,
        double lowerWarning, double upperWarning, boolean baseline, boolean excluded, boolean sigmaSignal) {

    public boolean isMissing() {
        return Double.isNaN(value);
    }

    public boolean hasLimits() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }
}
