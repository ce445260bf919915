package org.stratum.core.equity.spc;

/**
 * Counts runs, crossings and trends in a sequence of points around a centre line.
 *
 * @param useful points with a value that is not on the centre line
 * @param longestRun the longest stretch of useful points on the same side
 * @param crossings the number of runs less one
 * @param longestTrend the longest stretch of points each higher (or each lower) than the previous one
 */
record RunsCounter(int useful, int longestRun, int crossings, int longestTrend) {

    static RunsCounter count(double[] values, double[] centre) {
        int useful = 0;
        int runs = 0;
        int longest = 0;
        int current = 0;
        double side = 0;
        for (int i = 0; i < values.length; i++) {
            // As qicharts2's sign(y - cl): points on the line (0) and missing points (NA) are dropped.
            double sign = Math.signum(values[i] - centre[i]);
            if (Double.isNaN(sign) || sign == 0) {
                continue;
            }
            useful++;
            if (sign == side) {
                current++;
            } else {
                runs++;
                current = 1;
                side = sign;
            }
            longest = Math.max(longest, current);
        }
        return new RunsCounter(useful, longest, Math.max(runs - 1, 0), longestTrend(values));
    }

    /**
     * IHI's trend: "if the value of two or more successive points is the same, ignore one of the
     * points when counting; like values do not make or break a trend" (Perla et al. 2011). Missing
     * values are skipped the same way.
     */
    private static int longestTrend(double[] values) {
        int longest = 0;
        int current = 0;
        double direction = 0;
        double previous = Double.NaN;
        for (double value : values) {
            if (Double.isNaN(value) || value == previous) {
                continue;
            }
            if (Double.isNaN(previous)) {
                current = 1;
            } else {
                double step = Math.signum(value - previous);
                current = step == direction ? current + 1 : 2;
                direction = step;
            }
            previous = value;
            longest = Math.max(longest, current);
        }
        return longest;
    }
}
