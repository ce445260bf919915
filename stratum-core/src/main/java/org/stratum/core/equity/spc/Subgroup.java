package org.stratum.core.equity.spc;

/**
 * What was counted or measured in one period: one point on a chart.
 *
 * <p>The fields follow the subgroup summary that qicharts2 builds before it computes any line
 * ({@code y.sum}, {@code n}, {@code y.length}, {@code y.mean}, {@code y.sd}), so every chart type reads
 * the part it needs: p and u charts the numerator over the denominator, c charts the numerator, X̄ and
 * S charts the size, mean and standard deviation, run, I, MR and t charts the plotted {@link #value()}.
 *
 * @param numerator the sum of what was counted (patients meeting the measure, events), {@code y.sum}
 * @param denominator the number it is out of (eligible patients, patient-days), or NaN when there is none
 * @param size how many observations the subgroup holds ({@code y.length}); 0 for a missing period
 * @param mean the mean of those observations
 * @param standardDeviation their sample standard deviation (n − 1), NaN with fewer than two
 */
public record Subgroup(double numerator, double denominator, int size, double mean, double standardDeviation) {

    public Subgroup {
        if (size < 0) {
            throw new InvalidChart("a subgroup cannot hold " + size + " observations");
        }
        if (denominator < 0) {
            throw new InvalidChart("a denominator cannot be negative: " + denominator);
        }
    }

    /** {@code met} of {@code eligible} patients met the measure (p and p′ charts). */
    public static Subgroup proportion(double met, double eligible) {
        return new Subgroup(met, eligible, 1, met, Double.NaN);
    }

    /** {@code events} over an exposure such as patient-days (u and u′ charts). */
    public static Subgroup rate(double events, double exposure) {
        return new Subgroup(events, exposure, 1, events, Double.NaN);
    }

    /** A count with no denominator (c charts), or one measured value (run, I, MR and t charts). */
    public static Subgroup value(double value) {
        if (Double.isNaN(value)) {
            return missing();
        }
        return new Subgroup(value, Double.NaN, 1, value, Double.NaN);
    }

    /** Several measurements taken in one period (X̄ and S charts); NaN entries are ignored. */
    public static Subgroup measurements(double... values) {
        int size = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                size++;
                sum += v;
            }
        }
        if (size == 0) {
            return missing();
        }
        double mean = sum / size;
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        double sd = size > 1 ? Math.sqrt(squares / (size - 1)) : Double.NaN;
        return new Subgroup(sum, Double.NaN, size, mean, sd);
    }

    /** A subgroup known only by its size, mean and standard deviation. */
    public static Subgroup summary(int size, double mean, double standardDeviation) {
        if (size == 0) {
            return missing();
        }
        return new Subgroup(size * mean, Double.NaN, size, mean, standardDeviation);
    }

    /** A period with nothing recorded: it keeps its place on the axis but has no value. */
    public static Subgroup missing() {
        return new Subgroup(0, Double.NaN, 0, Double.NaN, Double.NaN);
    }

    /** Whether the subgroup is a count over a denominator. */
    public boolean hasDenominator() {
        return !Double.isNaN(denominator);
    }

    /**
     * The value plotted on run, I, MR and t charts: numerator ÷ denominator when there is a
     * denominator (qicharts2's {@code sum(y) / sum(n)}), otherwise the mean. A zero denominator
     * (nobody eligible that period) gives NaN, a missing point, rather than an infinite rate.
     */
    public double value() {
        if (hasDenominator()) {
            return denominator > 0 ? numerator / denominator : Double.NaN;
        }
        return mean;
    }

    /** Whether nothing was recorded for this period. */
    public boolean isMissing() {
        return Double.isNaN(value());
    }
}
