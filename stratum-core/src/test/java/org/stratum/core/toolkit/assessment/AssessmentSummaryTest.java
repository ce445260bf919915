package org.stratum.core.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.stratum.core.toolkit.KeyDriver;
import org.stratum.core.toolkit.Opportunity;

class AssessmentSummaryTest {

    @Test
    void summarisesEachDriverWithMeanMedianRangeAndRaters() {
        AssessmentSummary summary = AssessmentSummary.of(List.of(
                new RaterScore("ana", KeyDriver.ORGANIZED_TEAMS, 2),
                new RaterScore("ben", KeyDriver.ORGANIZED_TEAMS, 5),
                new RaterScore("cai", KeyDriver.ORGANIZED_TEAMS, 3),
                new RaterScore("dee", KeyDriver.ORGANIZED_TEAMS, 4),
                new RaterScore("ana", KeyDriver.REAL_DATA_SYSTEMS, 1)));

        DriverScoreSummary teams = summary.summaryOf(KeyDriver.ORGANIZED_TEAMS);
        assertThat(teams.raters()).isEqualTo(4);
        assertThat(teams.mean()).isEqualTo(3.5);
        assertThat(teams.median()).isEqualTo(3.5);
        assertThat(teams.lowest()).isEqualTo(2);
        assertThat(teams.highest()).isEqualTo(5);
        assertThat(summary.summaryOf(KeyDriver.REAL_DATA_SYSTEMS).median()).isEqualTo(1.0);
        assertThat(summary.raters()).isEqualTo(4);
        assertThat(summary.drivers()).extracting(DriverScoreSummary::driver).containsExactly(KeyDriver.values());
    }

    @Test
    void medianOfAnOddCountIsTheMiddleScore() {
        DriverScoreSummary summary = DriverScoreSummary.of(KeyDriver.MONITORING_DASHBOARDS, List.of(5, 1, 4));

        assertThat(summary.median()).isEqualTo(4.0);
        assertThat(summary.mean()).isCloseTo(10.0 / 3, within(1e-12));
    }

    @Test
    void driversAveragingThreeOrBelowArePrioritiesWeakestFirst() {
        AssessmentSummary summary = AssessmentSummary.of(List.of(
                new RaterScore("ana", KeyDriver.SHARED_UNDERSTANDING, 3),
                new RaterScore("ben", KeyDriver.SHARED_UNDERSTANDING, 3),
                new RaterScore("ana", KeyDriver.ROOT_CAUSE_ANALYSIS, 1),
                new RaterScore("ben", KeyDriver.ROOT_CAUSE_ANALYSIS, 2),
                new RaterScore("ana", KeyDriver.CO_DESIGNED_EFFORTS, 3),
                new RaterScore("ben", KeyDriver.CO_DESIGNED_EFFORTS, 4),
                new RaterScore("ana", KeyDriver.MONITORING_DASHBOARDS, 5)));

        assertThat(summary.priorities()).extracting(DriverScoreSummary::driver)
                .containsExactly(KeyDriver.ROOT_CAUSE_ANALYSIS, KeyDriver.SHARED_UNDERSTANDING);
        // The foundational driver has no opportunity of its own; the root-cause driver maps to Opportunity 4.
        assertThat(summary.priorityOpportunities()).containsExactly(Opportunity.ROOT_CAUSES);
        assertThat(summary.summaryOf(KeyDriver.CO_DESIGNED_EFFORTS).isPriority()).isFalse();
    }

    @Test
    void unscoredDriversAreNeitherSummarisedNorPriorities() {
        AssessmentSummary summary = AssessmentSummary.of(List.of());

        assertThat(summary.isEmpty()).isTrue();
        assertThat(summary.priorities()).isEmpty();
        DriverScoreSummary untouched = summary.summaryOf(KeyDriver.ANTI_RACIST_NORMS);
        assertThat(untouched.isScored()).isFalse();
        assertThat(untouched.mean()).isNaN();
        assertThat(untouched.raters()).isZero();
    }

    @Test
    void scoresOutsideOneToFiveAreRejected() {
        assertThatThrownBy(() -> new RaterScore("ana", KeyDriver.ORGANIZED_TEAMS, 0))
                .isInstanceOf(InvalidScore.class).hasMessageContaining("ORGANIZED_TEAMS").hasMessageContaining("0");
        assertThatThrownBy(() -> new RaterScore("ana", KeyDriver.ORGANIZED_TEAMS, 6)).isInstanceOf(InvalidScore.class);
    }

    @Property
    void medianAndMeanLieWithinTheRange(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 5) Integer> scores) {
        List<RaterScore> raterScores = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            raterScores.add(new RaterScore("rater" + i, KeyDriver.STRATIFIED_MEASURES, scores.get(i)));
        }
        DriverScoreSummary summary = AssessmentSummary.of(raterScores).summaryOf(KeyDriver.STRATIFIED_MEASURES);

        assertThat(summary.raters()).isEqualTo(scores.size());
        assertThat(summary.mean()).isBetween((double) summary.lowest(), (double) summary.highest());
        assertThat(summary.median()).isBetween((double) summary.lowest(), (double) summary.highest());
        assertThat(summary.isPriority()).isEqualTo(scores.stream().mapToInt(Integer::intValue).sum() <= 3 * scores.size());
    }
}
