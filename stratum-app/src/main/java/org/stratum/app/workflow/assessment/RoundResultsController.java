package org.stratum.app.workflow.assessment;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stratum.app.security.Role;
import org.stratum.app.security.UserAccounts;
import org.stratum.app.workflow.drivers.DriverDiagrams;

/**
 * A round's results. Everyone sees the aggregates; only administrators see who gave which score,
 * so the individual scores never reach the page of anyone else.
 */
@Controller
class RoundResultsController {

    private final RoundResults results;
    private final AssessmentRounds rounds;
    private final Scoresheets scoresheets;
    private final DriverDiagrams diagrams;
    private final UserAccounts accounts;

    RoundResultsController(RoundResults results, AssessmentRounds rounds, Scoresheets scoresheets,
                           DriverDiagrams diagrams, UserAccounts accounts) {
        this.results = results;
        this.rounds = rounds;
        this.scoresheets = scoresheets;
        this.diagrams = diagrams;
        this.accounts = accounts;
    }

    @GetMapping("/assessments/{id}")
    String results(@PathVariable long id, Authentication user, Model model) {
        RoundSummary summary = results.of(id);
        model.addAttribute("round", summary.round());
        model.addAttribute("summary", summary.summary());
        model.addAttribute("minimumRaters", RoundResults.MINIMUM_RATERS);
        model.addAttribute("showAggregates",
                isAdministrator(user) || summary.summary().raters() >= RoundResults.MINIMUM_RATERS);
        model.addAttribute("diagram", diagrams.current());
        var invitees = rounds.invitees(id);
        model.addAttribute("invitedCount", invitees.size());
        model.addAttribute("scoredCount", invitees.stream().filter(Invitee::scored).count());
        model.addAttribute("mayScore", summary.round().isOpen() && rounds.isInvited(id, user.getName()));
        if (isAdministrator(user)) {
            model.addAttribute("invitees", invitees);
            model.addAttribute("ratedScores", scoresheets.ratedScores(id));
            Set<Long> invited = invitees.stream().map(Invitee::userId).collect(Collectors.toSet());
            model.addAttribute("notInvited", accounts.list().stream()
                    .filter(account -> account.enabled() && !invited.contains(account.id())).toList());
        }
        return "workflow/assessment/results";
    }

    private static boolean isAdministrator(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()));
    }
}
