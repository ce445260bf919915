package org.stratum.app.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.stratum.app.workflow.rootcause.Evidence;
import org.stratum.app.workflow.rootcause.Participant;
import org.stratum.app.workflow.rootcause.RootCauseAnalyses;
import org.stratum.app.workflow.rootcause.RootCauseAnalysis;

/**
 * The root-cause analyses as they stand when the report is made: the inequity, what the team concluded,
 * the evidence and from which perspectives people took part. Participants' names stay in the application.
 */
@Component
class RootCausesSection implements EquityReportSection {

    /** One analysis as the report shows it. */
    record Analysis(String title, String problem, String conclusion, String perspectives, List<String> evidence) {
    }

    private final RootCauseAnalyses analyses;

    RootCausesSection(RootCauseAnalyses analyses) {
        this.analyses = analyses;
    }

    @Override
    public int position() {
        return 40;
    }

    @Override
    public String fragment() {
        return "report/sections :: root-causes";
    }

    @Override
    public Optional<Object> content(ReportRequest request) {
        return Optional.of(analyses.list().stream().map(RootCausesSection::analysis).toList());
    }

    private static Analysis analysis(RootCauseAnalysis analysis) {
        String perspectives = analysis.participants().stream().map(Participant::perspective).distinct().sorted()
                .map(p -> p.label()).collect(Collectors.joining(", "));
        return new Analysis(analysis.title(), analysis.problem(),
                analysis.conclusion() == null ? "Not concluded yet." : analysis.conclusion(),
                perspectives.isEmpty() ? "Not recorded." : perspectives,
                analysis.evidence().stream().map(Evidence::title).toList());
    }
}
