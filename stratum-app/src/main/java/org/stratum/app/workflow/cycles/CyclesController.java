package org.stratum.app.workflow.cycles;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.stratum.app.workflow.EditConflict;
import org.stratum.app.workflow.efforts.ImprovementEfforts;
import org.stratum.core.toolkit.Opportunity;

/** Improvement cycles: everyone reads them; administrators and analysts start and change them. */
@Controller
class CyclesController {

    private final ImprovementCycles cycles;
    private final ImprovementEfforts efforts;

    CyclesController(ImprovementCycles cycles, ImprovementEfforts efforts) {
        this.cycles = cycles;
        this.efforts = efforts;
    }

    @GetMapping("/cycles")
    String list(Model model) {
        model.addAttribute("cycles", cycles.list());
        model.addAttribute("today", LocalDate.now());
        return "workflow/cycles/list";
    }

    @GetMapping("/cycles/{id}")
    String cycle(@PathVariable long id, Model model) {
        model.addAttribute("cycle", cycles.get(id));
        model.addAttribute("efforts", efforts.forCycle(id));
        return "workflow/cycles/cycle";
    }

    @GetMapping("/cycles/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String newCycle(Model model) {
        model.addAttribute("cycleForm", CycleForm.startingOn(LocalDate.now()));
        return form(model, null);
    }

    @PostMapping("/cycles")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String start(@Valid @ModelAttribute("cycleForm") CycleForm form, BindingResult result, Principal user, Model model,
                 HttpServletResponse response) {
        if (!valid(form, result)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, null);
        }
        return "redirect:/cycles/" + cycles.start(form.plan(), user.getName()).id();
    }

    @GetMapping("/cycles/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String edit(@PathVariable long id, Model model) {
        ImprovementCycle cycle = cycles.get(id);
        model.addAttribute("cycleForm", CycleForm.of(cycle));
        return form(model, cycle);
    }

    @PostMapping("/cycles/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String change(@PathVariable long id, @Valid @ModelAttribute("cycleForm") CycleForm form, BindingResult result,
                  Principal user, Model model, HttpServletResponse response) {
        ImprovementCycle cycle = cycles.get(id);
        if (!valid(form, result)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, cycle);
        }
        try {
            cycles.change(id, form.getVersion(), form.plan(), user.getName());
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", conflict.getMessage());
            return form(model, cycles.get(id));
        }
        return "redirect:/cycles/" + id;
    }

    private static boolean valid(CycleForm form, BindingResult result) {
        if (form.getStartsOn() != null && form.getEndsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
            result.rejectValue("endsOn", "order", "The last day cannot be before the first day.");
        }
        return !result.hasErrors();
    }

    private String form(Model model, ImprovementCycle cycle) {
        model.addAttribute("opportunities", Opportunity.values());
        model.addAttribute("cycle", cycle);
        return "workflow/cycles/form";
    }
}
