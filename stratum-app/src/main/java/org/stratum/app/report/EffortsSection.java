package org.stratum.app.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.stratum.app.workflow.efforts.EffortMeasures;
import org.stratum.app.workflow.efforts.ImprovementEffort;
import org.stratum.app.workflow.efforts.ImprovementEfforts;
import org.stratum.app.workflow.pdsa.PdsaCycle;
import org.stratum.app.workflow.pdsa.PdsaCycles;
import org.stratum.app.workflow.pdsa.PdsaStudy;
import org.stratum.app.workflow.pdsa.StudyNumbers;
import org.stratum.engine.equity.StratifyingDimension;

/**
 * The improvement efforts with their equity aims and the PDSA cycles that tested changes, with each
 * studied cycle's before-and-after numbers as the PDSA page shows them (already suppressed). For the
 * community, an aim about one site or clinician keeps its measure and target but not whom it names,
 * and its numbers are left out.
 */
@Component
class EffortsSection implements EquityReportSection {

    /** One effort as the report shows it; {@code stratumHidden} when the audience does not see sites or clinicians. */
    record Effort(String title, String aim, boolean stratumHidden, List<Cycle> cycles) {
    }

    /** One PDSA cycle: what was tested, when, where it stands, and its study numbers once it ran. */
    record Cycle(String change, LocalDate startsOn, LocalDate endsOn, String stage, String decision,
                 StudyNumbers numbers) {
    }

    private final ImprovementEfforts efforts;
    private final PdsaCycles cycles;
    private final PdsaStudy study;
    private final EffortMeasures measures;

    EffortsSection(ImprovementEfforts efforts, PdsaCycles cycles, PdsaStudy study, EffortMeasures measures) {
        this.efforts = efforts;
        this.cycles = cycles;
        this.study = study;
        this.measures = measures;
    }

    @Override
    public int position() {
        return 30;
    }

    @Override
    public String fragment() {
        return "report/sections :: efforts";
    }

    @Override
    public Optional<Object> content(ReportRequest request) {
        return Optional.of(efforts.list().stream().map(effort -> effort(effort, request)).toList());
    }

    private Effort effort(ImprovementEffort effort, ReportRequest request) {
        StratifyingDimension dimension = effort.aim().dimension();
        boolean hidden = !request.audience().showsSitesAndClinicians()
                && (dimension == StratifyingDimension.SITE || dimension == StratifyingDimension.CLINICIAN);
        String measure = measures.nameOf(effort.aim().measureId());
        String aim = hidden
                ? measure + ": a target of " + effort.aim().targetPercent().stripTrailingZeros().toPlainString()
                        + "% by " + effort.aim().targetDate() + " for one " + dimension.title().toLowerCase()
                : effort.aim().describe(measure);
        List<Cycle> tested = cycles.forEffort(effort.id()).stream()
                .filter(cycle -> !cycle.startsOn().isAfter(request.period().end()))
                .map(cycle -> cycle(effort, cycle, hidden)).toList();
        return new Effort(effort.title(), aim, hidden, tested);
    }

    private Cycle cycle(ImprovementEffort effort, PdsaCycle cycle, boolean hidden) {
        StudyNumbers numbers = hidden || cycle.endsOn() == null ? null : study.numbers(effort.aim(), cycle);
        return new Cycle(cycle.changeTested(), cycle.startsOn(), cycle.endsOn(), cycle.stage().label(),
                cycle.actDecision() == null ? null : cycle.actDecision().label(), numbers);
    }
}
