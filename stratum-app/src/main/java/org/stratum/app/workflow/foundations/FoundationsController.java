package org.stratum.app.workflow.foundations;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.stratum.app.workflow.efforts.ImprovementEfforts;

/** The log of foundations discussions: everyone reads it; administrators and analysts add to it. */
@Controller
class FoundationsController {

    private final FoundationsDiscussions discussions;
    private final ImprovementEfforts efforts;

    FoundationsController(FoundationsDiscussions discussions, ImprovementEfforts efforts) {
        this.discussions = discussions;
        this.efforts = efforts;
    }

    @GetMapping("/foundations")
    String log(Model model) {
        model.addAttribute("discussionForm", DiscussionForm.heldOn(LocalDate.now()));
        return page(model);
    }

    @PostMapping("/foundations")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String record(@Valid @ModelAttribute("discussionForm") DiscussionForm form, BindingResult result, Principal user,
                  Model model, HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model);
        }
        discussions.record(form.getHeldOn(), form.getParticipants(), form.getReflections(), form.getEfforts(),
                user.getName());
        return "redirect:/foundations";
    }

    private String page(Model model) {
        model.addAttribute("discussions", discussions.list());
        model.addAttribute("efforts", efforts.list());
        return "workflow/foundations/log";
    }
}
