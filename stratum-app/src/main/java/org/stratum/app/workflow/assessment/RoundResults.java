package org.stratum.app.workflow.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.stratum.core.toolkit.assessment.AssessmentSummary;

/**
 * What rounds' scores add up to: per round, the latest, and all rounds over time.
 *
 * <p>An aggregate of one person's scores is that person's scores, which only administrators may
 * see. So rounds enter the comparison over time, and the home page's priorities, only once at least
 * {@link #MINIMUM_RATERS} people have scored; the results page holds back a round's aggregates from
 * everyone but administrators until then.
 */
@Service
public class RoundResults {

    public static final int MINIMUM_RATERS = 2;

    private final AssessmentRounds rounds;
    private final Scoresheets scoresheets;

    public RoundResults(AssessmentRounds rounds, Scoresheets scoresheets) {
        this.rounds = rounds;
        this.scoresheets = scoresheets;
    }

    public RoundSummary of(long roundId) {
        AssessmentRound round = rounds.get(roundId);
        return new RoundSummary(round, AssessmentSummary.of(scoresheets.raterScores(roundId)));
    }

    /** Every round that at least {@link #MINIMUM_RATERS} people scored, oldest first: how the drivers developed over time. */
    public List<RoundSummary> overTime() {
        return rounds.list().stream()
                .sorted(Comparator.comparing(AssessmentRound::openedAt).thenComparing(AssessmentRound::id))
                .map(round -> new RoundSummary(round, AssessmentSummary.of(scoresheets.raterScores(round.id()))))
                .filter(summary -> summary.summary().raters() >= MINIMUM_RATERS)
                .toList();
    }

    /**
     * The most recent round with scores from at least {@link #MINIMUM_RATERS} people: preferably the latest closed one, whose results are final;
     * otherwise the latest open one.
     */
    public Optional<RoundSummary> latest() {
        List<RoundSummary> scored = overTime();
        Optional<RoundSummary> latestClosed = scored.stream().filter(summary -> !summary.round().isOpen())
                .reduce((earlier, later) -> later);
        return latestClosed.or(() -> scored.stream().reduce((earlier, later) -> later));
    }
}
