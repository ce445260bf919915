package org.stratum.app.workflow.assessment;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stratum.app.security.UserAccount;
import org.stratum.app.security.UserAccounts;
import org.stratum.app.workflow.drivers.DriverDiagrams;

/** The rounds of self-assessment: everyone sees them; administrators open, invite to and close them. */
@Controller
class AssessmentRoundsController {

    private final AssessmentRounds rounds;
    private final RoundResults results;
    private final UserAccounts accounts;
    private final DriverDiagrams diagrams;

    AssessmentRoundsController(AssessmentRounds rounds, RoundResults results, UserAccounts accounts,
                               DriverDiagrams diagrams) {
        this.rounds = rounds;
        this.results = results;
        this.accounts = accounts;
        this.diagrams = diagrams;
    }

    @GetMapping("/assessments")
    String rounds(Principal user, Model model) {
        model.addAttribute("rounds", rounds.list());
        model.addAttribute("toScore", rounds.openFor(user.getName()));
        model.addAttribute("overTime", results.overTime());
        model.addAttribute("diagram", diagrams.current());
        return "workflow/assessment/rounds";
    }

    @GetMapping("/assessments/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newRound(Model model) {
        model.addAttribute("roundForm", RoundForm.startingOn(LocalDate.now()));
        return describeForm(model);
    }

    @PostMapping("/assessments")
    @PreAuthorize("hasRole('ADMIN')")
    String open(@Valid @ModelAttribute("roundForm") RoundForm form, BindingResult result, Principal user, Model model,
                HttpServletResponse response) {
        if (form.getStartsOn() != null && form.getEndsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
            result.rejectValue("endsOn", "assessment.round.endsBeforeStart");
        }
        if (form.getInvitees().isEmpty()) {
            result.rejectValue("invitees", "assessment.round.noInvitees");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return describeForm(model);
        }
        AssessmentRound round = rounds.open(form.getName(), form.getStartsOn(), form.getEndsOn(), form.getInvitees(),
                user.getName());
        return "redirect:/assessments/" + round.id();
    }

    @PostMapping("/assessments/{id}/invitations")
    @PreAuthorize("hasRole('ADMIN')")
    String invite(@PathVariable long id, @RequestParam(name = "invitees", required = false) List<Long> invitees,
                  Principal user) {
        if (invitees != null && !invitees.isEmpty()) {
            rounds.invite(id, invitees, user.getName());
        }
        return "redirect:/assessments/" + id;
    }

    @PostMapping("/assessments/{id}/close")
    @PreAuthorize("hasRole('ADMIN')")
    String close(@PathVariable long id, Principal user) {
        rounds.close(id, user.getName());
        return "redirect:/assessments/" + id;
    }

    private String describeForm(Model model) {
        model.addAttribute("accounts", accounts.list().stream().filter(UserAccount::enabled).toList());
        return "workflow/assessment/new";
    }
}
