package org.stratum.core.toolkit.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stratum.core.toolkit.KeyDriver;
import org.stratum.core.toolkit.Opportunity;

/**
 * The aggregate of a self-assessment round: one {@link DriverScoreSummary} per key driver, in the
 * driver diagram's order, and the drivers to prioritise (Quick Start steps 2 and 3).
 *
 * @param drivers the nine drivers' summaries, in {@link KeyDriver} order
 * @param raters  how many different people scored at least one driver
 */
public record AssessmentSummary(List<DriverScoreSummary> drivers, int raters) {

    public AssessmentSummary {
        drivers = List.copyOf(drivers);
    }

    public static AssessmentSummary of(Collection<RaterScore> scores) {
        Map<KeyDriver, List<Integer>> byDriver = new EnumMap<>(KeyDriver.class);
        for (KeyDriver driver : KeyDriver.values()) {
            byDriver.put(driver, new ArrayList<>());
        }
        for (RaterScore score : scores) {
            byDriver.get(score.driver()).add(score.score());
        }
        List<DriverScoreSummary> summaries = byDriver.entrySet().stream()
                .map(entry -> DriverScoreSummary.of(entry.getKey(), entry.getValue()))
                .toList();
        int raters = (int) scores.stream().map(RaterScore::rater).distinct().count();
        return new AssessmentSummary(summaries, raters);
    }

    /** The drivers scored 3 or below on average, weakest first (ties in driver-diagram order). */
    public List<DriverScoreSummary> priorities() {
        return drivers.stream()
                .filter(DriverScoreSummary::isPriority)
                .sorted(Comparator.comparingDouble(DriverScoreSummary::mean))
                .toList();
    }

    /** The opportunities that strengthen the priority drivers, weakest driver first (Quick Start step 4). */
    public List<Opportunity> priorityOpportunities() {
        return priorities().stream().map(DriverScoreSummary::opportunity).flatMap(Optional::stream).toList();
    }

    public DriverScoreSummary summaryOf(KeyDriver driver) {
        return drivers.get(driver.ordinal());
    }

    public boolean isEmpty() {
        return raters == 0;
    }
}
