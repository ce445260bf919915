package org.stratum.app.workflow.teams;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.stratum.app.workflow.EditConflict;

/**
 * Improvement teams: everyone sees them and their composition; administrators and analysts create
 * them, add and remove members, edit charters and log meetings. What members declared about their
 * lived experience is shown only to those who edit the team.
 */
@Controller
class TeamsController {

    private final Teams teams;

    TeamsController(Teams teams) {
        this.teams = teams;
    }

    @GetMapping("/teams")
    String list(Model model) {
        Map<Team, TeamComposition> compositions = new LinkedHashMap<>();
        teams.list().forEach(team -> compositions.put(team, teams.composition(team.id())));
        model.addAttribute("compositions", compositions);
        return "workflow/teams/list";
    }

    @GetMapping("/teams/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String newTeam(Model model) {
        model.addAttribute("teamForm", new TeamForm());
        model.addAttribute("team", null);
        return "workflow/teams/form";
    }

    @PostMapping("/teams")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String create(@Valid @ModelAttribute("teamForm") TeamForm form, BindingResult result, Principal user, Model model,
                  HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("team", null);
            return "workflow/teams/form";
        }
        return "redirect:/teams/" + teams.create(form.getName(), form.charterOrNull(), user.getName()).id();
    }

    @GetMapping("/teams/{id}")
    String team(@PathVariable long id, Model model) {
        model.addAttribute("teamForm", TeamForm.of(teams.get(id)));
        model.addAttribute("memberForm", new MemberForm());
        model.addAttribute("meetingForm", MeetingForm.heldOn(LocalDate.now()));
        return page(id, model);
    }

    @PostMapping("/teams/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String change(@PathVariable long id, @Valid @ModelAttribute("teamForm") TeamForm form, BindingResult result,
                  Principal user, Model model, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                teams.change(id, form.getVersion(), form.getName(), form.charterOrNull(), user.getName());
                return "redirect:/teams/" + id;
            } catch (EditConflict conflict) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("conflict", conflict.getMessage());
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("memberForm", new MemberForm());
        model.addAttribute("meetingForm", MeetingForm.heldOn(LocalDate.now()));
        return page(id, model);
    }

    @PostMapping("/teams/{id}/members")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String addMember(@PathVariable long id, @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult result,
                     Principal user, Model model, HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("teamForm", TeamForm.of(teams.get(id)));
            model.addAttribute("meetingForm", MeetingForm.heldOn(LocalDate.now()));
            return page(id, model);
        }
        teams.addMember(id, form.getName(), form.getRole(), form.livedExperienceOrNull(), user.getName());
        return "redirect:/teams/" + id + "#members";
    }

    @PostMapping("/teams/{id}/members/{memberId}/remove")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String removeMember(@PathVariable long id, @PathVariable long memberId, Principal user) {
        teams.removeMember(id, memberId, user.getName());
        return "redirect:/teams/" + id + "#members";
    }

    @PostMapping("/teams/{id}/meetings")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String recordMeeting(@PathVariable long id, @Valid @ModelAttribute("meetingForm") MeetingForm form,
                         BindingResult result, Principal user, Model model, HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("teamForm", TeamForm.of(teams.get(id)));
            model.addAttribute("memberForm", new MemberForm());
            return page(id, model);
        }
        teams.recordMeeting(id, form.getHeldOn(), form.getAttendees(), form.getNotes(), user.getName());
        return "redirect:/teams/" + id + "#meetings";
    }

    private String page(long id, Model model) {
        model.addAttribute("team", teams.get(id));
        model.addAttribute("members", teams.members(id));
        model.addAttribute("composition", teams.composition(id));
        model.addAttribute("meetings", teams.meetings(id));
        model.addAttribute("roles", TeamRole.values());
        return "workflow/teams/team";
    }
}
