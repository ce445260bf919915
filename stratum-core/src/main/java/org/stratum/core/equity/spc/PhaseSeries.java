package org.stratum.core.equity.spc;

import java.util.List;

/**
 * The subgroups of one phase as a limit calculation sees them.
 *
 * @param subgroups the phase's points in time order
 * @param baseline for each point, whether it counts towards the centre line and limits: inside the
 *     frozen baseline and not excluded (qicharts2's {@code baseline & include})
 * @param options the chart's options (screening of moving ranges, categorical x)
 */
record PhaseSeries(List<Subgroup> subgroups, boolean[] baseline, ChartOptions options) {

    int size() {
        return subgroups.size();
    }

    Subgroup get(int i) {
        return subgroups.get(i);
    }

    /** The plotted value of every point ({@link Subgroup#value()}). */
    double[] values() {
        double[] values = new double[size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = subgroups.get(i).value();
        }
        return values;
    }

    /** The mean of the baseline entries of {@code values} that are not NaN (R's {@code mean(x[base], na.rm = TRUE)}). */
    double baselineMean(double[] values) {
        return meanWhere(values, baseline);
    }

    /** The mean of the entries of {@code values} that are flagged in {@code keep} and are not NaN. */
    static double meanWhere(double[] values, boolean[] keep) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            if (keep[i] && !Double.isNaN(values[i])) {
                sum += values[i];
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
