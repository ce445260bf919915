package org.stratum.app.workflow.assessment;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stratum.app.workflow.drivers.DriverDiagrams;
import org.stratum.core.toolkit.KeyDriver;

/** An invited person's scoresheet for a round: only they see and change it, while the round is open. */
@Controller
class ScoresheetController {

    private final AssessmentRounds rounds;
    private final Scoresheets scoresheets;
    private final DriverDiagrams diagrams;

    ScoresheetController(AssessmentRounds rounds, Scoresheets scoresheets, DriverDiagrams diagrams) {
        this.rounds = rounds;
        this.scoresheets = scoresheets;
        this.diagrams = diagrams;
    }

    @GetMapping("/assessments/{id}/scoresheet")
    String scoresheet(@PathVariable long id, Principal user, Model model) {
        AssessmentRound round = invitedRound(id, user);
        if (!round.isOpen()) {
            // A closed round is frozen: its results page says so.
            return "redirect:/assessments/" + id;
        }
        model.addAttribute("scoresheetForm", ScoresheetForm.of(scoresheets.sheetOf(id, user.getName())));
        return describe(round, model);
    }

    @PostMapping("/assessments/{id}/scoresheet")
    String handIn(@PathVariable long id, @Valid @ModelAttribute("scoresheetForm") ScoresheetForm form,
                  BindingResult result, Principal user, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        AssessmentRound round = invitedRound(id, user);
        if (!form.hasOneEntryPerDriver()) {
            result.reject("assessment.scoresheet.everyDriver", new Object[] {KeyDriver.values().length}, null);
        }
        if (!round.isOpen()) {
            result.reject("assessment.scoresheet.closed");
            response.setStatus(HttpStatus.CONFLICT.value());
            return describe(round, model);
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return describe(round, model);
        }
        scoresheets.handIn(id, user.getName(), form.scores());
        redirect.addFlashAttribute("handedIn", true);
        return "redirect:/assessments/" + id;
    }

    /** The round, if the person is invited to it; otherwise they are not allowed here at all. */
    private AssessmentRound invitedRound(long id, Principal user) {
        AssessmentRound round = rounds.get(id);
        if (!rounds.isInvited(id, user.getName())) {
            throw new NotInvited(id, user.getName());
        }
        return round;
    }

    private String describe(AssessmentRound round, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("diagram", diagrams.current());
        return "workflow/assessment/scoresheet";
    }
}
