package org.stratum.app.workflow.due;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.stratum.app.workflow.assessment.AssessmentRound;
import org.stratum.app.workflow.assessment.AssessmentRounds;
import org.stratum.app.workflow.cycles.ImprovementCycle;
import org.stratum.app.workflow.cycles.ImprovementCycles;
import org.stratum.app.workflow.foundations.FoundationsDiscussions;
import org.stratum.app.workflow.pdsa.PdsaCycle;
import org.stratum.app.workflow.pdsa.PdsaCycles;

/**
 * What the improvement workflow asks for now or soon (toolkit Quick Start steps 5 to 7): the next
 * self-assessment, cycles about to end, PDSA cycles whose change ran but nobody studied, and the
 * next discussion of the foundations. Oldest due first.
 */
@Component
@EnableConfigurationProperties(ReminderSettings.class)
public class WhatIsDue {

    private final AssessmentRounds rounds;
    private final ImprovementCycles cycles;
    private final PdsaCycles pdsaCycles;
    private final FoundationsDiscussions discussions;
    private final ReminderSettings settings;

    public WhatIsDue(AssessmentRounds rounds, ImprovementCycles cycles, PdsaCycles pdsaCycles,
              FoundationsDiscussions discussions, ReminderSettings settings) {
        this.rounds = rounds;
        this.cycles = cycles;
        this.pdsaCycles = pdsaCycles;
        this.discussions = discussions;
        this.settings = settings;
    }

    public List<DueItem> on(LocalDate today) {
        LocalDate horizon = today.plusDays(settings.lookAheadDays());
        List<DueItem> due = new ArrayList<>();
        List<AssessmentRound> allRounds = rounds.list();
        if (!allRounds.isEmpty()) {
            LocalDate next = allRounds.get(0).startsOn().plusMonths(settings.reassessEveryMonths());
            if (!next.isAfter(horizon)) {
                due.add(new DueItem("reassessment", "Reassess the key drivers: " + settings.reassessEveryMonths()
                        + " months after \"" + allRounds.get(0).name() + "\" began", "/assessments", next,
                        next.isBefore(today)));
            }
        }
        for (ImprovementCycle cycle : cycles.endingBetween(today, horizon)) {
            due.add(new DueItem("cycle-ending", "Improvement cycle \"" + cycle.name() + "\" ends; take stock and reassess",
                    "/cycles/" + cycle.id(), cycle.endsOn(), false));
        }
        for (PdsaCycle cycle : pdsaCycles.awaitingStudy(today)) {
            due.add(new DueItem("pdsa-study", "Study the PDSA cycle \"" + cycle.changeTested() + "\": the change ran until "
                    + cycle.endsOn(), "/pdsa/" + cycle.id(), cycle.endsOn(), cycle.endsOn().isBefore(today)));
        }
        foundationsDue(today, horizon).ifPresent(due::add);
        due.sort(Comparator.comparing(DueItem::dueOn));
        return due;
    }

    /** Once improvement work has begun, the foundations are discussed every few weeks. */
    private Optional<DueItem> foundationsDue(LocalDate today, LocalDate horizon) {
        if (cycles.list().isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> last = discussions.lastHeldOn();
        LocalDate next = last.map(day -> day.plusWeeks(settings.discussFoundationsEveryWeeks())).orElse(today);
        if (next.isAfter(horizon)) {
            return Optional.empty();
        }
        String what = last.isEmpty() ? "Discuss how the foundations inform the improvement work: none recorded yet"
                : "Discuss how the foundations inform the improvement work: the last discussion was on " + last.get();
        return Optional.of(new DueItem("foundations", what, "/foundations", next, next.isBefore(today)));
    }
}
