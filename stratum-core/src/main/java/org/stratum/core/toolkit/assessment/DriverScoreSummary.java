package org.stratum.core.toolkit.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.stratum.core.toolkit.KeyDriver;
import org.stratum.core.toolkit.Opportunity;

/**
 * What a round's raters said about one key driver: how many scored it, the mean and median score,
 * and the spread from the lowest to the highest score. The spread is given as the range rather than
 * the interquartile range because rounds have a handful of raters, where quartiles say little.
 *
 * @param driver  the key driver
 * @param raters  how many people scored it; 0 when nobody has yet
 * @param mean    the mean score, or NaN when nobody has scored it
 * @param median  the median score (the mean of the two middle scores for an even count), or NaN
 * @param lowest  the lowest score, or 0 when nobody has scored it
 * @param highest the highest score, or 0 when nobody has scored it
 */
public record DriverScoreSummary(KeyDriver driver, int raters, double mean, double median, int lowest, int highest) {

    /**
     * The toolkit's Quick Start Guide, step 3: "Prioritize key drivers that are not well developed or
     * effectively implemented (that is, scores 3 or below)". With several raters we apply it to the
     * mean score.
     */
    public static final double PRIORITY_THRESHOLD = 3.0;

    /** The summary of a driver's scores, in any order. */
    public static DriverScoreSummary of(KeyDriver driver, List<Integer> scores) {
        if (scores.isEmpty()) {
            return new DriverScoreSummary(driver, 0, Double.NaN, Double.NaN, 0, 0);
        }
        int[] sorted = scores.stream().mapToInt(Integer::intValue).sorted().toArray();
        int n = sorted.length;
        double mean = Arrays.stream(sorted).average().orElseThrow();
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        return new DriverScoreSummary(driver, n, mean, median, sorted[0], sorted[n - 1]);
    }

    public boolean isScored() {
        return raters > 0;
    }

    /** Scored, with a mean of 3 or below: a driver to prioritise. */
    public boolean isPriority() {
        return isScored() && mean <= PRIORITY_THRESHOLD;
    }

    /** The opportunity that strengthens this driver; empty for the two foundational drivers. */
    public Optional<Opportunity> opportunity() {
        return driver.opportunity();
    }
}
