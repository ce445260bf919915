package org.stratum.core.equity.spc;

/**
 * t chart for the time between rare events, as qicharts2's {@code qic.t}: the times are transformed
 * by y^(1/3.6), which makes exponential (Weibull) waiting times roughly normal (Nelson 1994), an
 * {@link IndividualsLimits I chart} is computed on them, and centre and limits are transformed back
 * by ^3.6. A lower limit whose transformed value is negative has no back-transform; it is set to 0,
 * the shortest possible time (qicharts2 does this for the 3σ limit; we do it for the 2σ line too).
 */
final class TimeBetweenEventsLimits implements PhaseLimits {

    /** Nelson's exponent: y^(1/3.6) of an exponential variable is close to normal. */
    private static final double POWER = 3.6;

    @Override
    public PhaseLines compute(PhaseSeries phase) {
        double[] times = phase.values();
        double[] transformed = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            if (times[i] <= 0) {
                throw new InvalidChart("time between events must be greater than zero, point " + i + " is " + times[i]);
            }
            transformed[i] = Math.pow(times[i], 1 / POWER);
        }
        PhaseLines lines = IndividualsLimits.compute(transformed, phase);
        return new PhaseLines(times, back(lines.centre()), floorAtZero(back(lines.lower())), back(lines.upper()),
                floorAtZero(back(lines.lowerWarning())), back(lines.upperWarning()));
    }

    private static double[] back(double[] line) {
        double[] result = new double[line.length];
        for (int i = 0; i < line.length; i++) {
            result[i] = Math.pow(line[i], POWER);
        }
        return result;
    }

    private static double[] floorAtZero(double[] line) {
        for (int i = 0; i < line.length; i++) {
            // Math.pow of a negative base to 3.6 is NaN, as in R.
            if (Double.isNaN(line[i]) || line[i] < 0) {
                line[i] = 0;
            }
        }
        return line;
    }
}
