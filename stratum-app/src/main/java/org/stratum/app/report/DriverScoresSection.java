package org.stratum.app.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.stratum.app.workflow.assessment.AssessmentRound;
import org.stratum.app.workflow.assessment.RoundResults;
import org.stratum.app.workflow.assessment.RoundSummary;
import org.stratum.app.workflow.drivers.DriverDiagrams;
import org.stratum.app.workflow.drivers.OrganisationDriverDiagram;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.core.toolkit.assessment.DriverScoreSummary;

/**
 * The key drivers' scores and priorities from the latest self-assessment round held in the period
 * (planned dates overlapping it). Only rounds scored by at least {@link RoundResults#MINIMUM_RATERS}
 * people count, as everywhere aggregates are shown; individual scores never appear.
 */
@Component
class DriverScoresSection implements EquityReportSection {

    /** The section's content. {@code round} is null when no round was scored in the period. */
    record DriverScores(String round, String dates, boolean isFinal, List<Row> drivers, List<Row> priorities) {
    }

    /** One driver: the organisation's wording, its mean score and what to do about it. */
    record Row(String driver, String mean, boolean priority, String opportunity) {
    }

    private final RoundResults results;
    private final DriverDiagrams diagrams;

    DriverScoresSection(RoundResults results, DriverDiagrams diagrams) {
        this.results = results;
        this.diagrams = diagrams;
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public String fragment() {
        return "report/sections :: drivers";
    }

    @Override
    public Optional<Object> content(ReportRequest request) {
        List<RoundSummary> inPeriod = results.overTime().stream().filter(s -> overlaps(s.round(), request.period())).toList();
        Optional<RoundSummary> latest = inPeriod.stream().filter(s -> !s.round().isOpen()).reduce((a, b) -> b)
                .or(() -> inPeriod.stream().reduce((a, b) -> b));
        if (latest.isEmpty()) {
            return Optional.of(new DriverScores(null, null, false, List.of(), List.of()));
        }
        OrganisationDriverDiagram diagram = diagrams.current();
        RoundSummary summary = latest.get();
        List<Row> drivers = summary.summary().drivers().stream().filter(DriverScoreSummary::isScored)
                .map(d -> row(d, diagram)).toList();
        List<Row> priorities = summary.summary().priorities().stream().map(d -> row(d, diagram)).toList();
        AssessmentRound round = summary.round();
        return Optional.of(new DriverScores(round.name(), round.startsOn() + " to " + round.endsOn(), !round.isOpen(),
                drivers, priorities));
    }

    private static Row row(DriverScoreSummary driver, OrganisationDriverDiagram diagram) {
        String opportunity = driver.opportunity()
                .map(o -> "Opportunity " + o.number() + ": " + o.title())
                .orElse("Foundational: discuss how it informs the work (Quick Start step 7)");
        return new Row(diagram.statementOf(driver.driver()), String.format(Locale.ROOT, "%.1f", driver.mean()),
                driver.isPriority(), opportunity);
    }

    private static boolean overlaps(AssessmentRound round, MeasurementPeriod period) {
        return !round.startsOn().isAfter(period.end()) && !round.endsOn().isBefore(period.start());
    }
}
