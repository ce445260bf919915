package org.stratum.app.workflow.pdsa;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
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
import org.stratum.app.workflow.efforts.EffortMeasures;
import org.stratum.app.workflow.efforts.ImprovementEffort;
import org.stratum.app.workflow.efforts.ImprovementEfforts;

/**
 * PDSA cycles, phase by phase: everyone reads them; administrators and analysts plan, record the
 * "do", study and decide. Each phase's form says what is missing next to the field, and a second
 * person saving over a first is told so instead of overwriting.
 */
@Controller
class PdsaController {

    private final PdsaCycles cycles;
    private final ImprovementEfforts efforts;
    private final PdsaStudy study;
    private final EffortMeasures measures;

    PdsaController(PdsaCycles cycles, ImprovementEfforts efforts, PdsaStudy study, EffortMeasures measures) {
        this.cycles = cycles;
        this.efforts = efforts;
        this.study = study;
        this.measures = measures;
    }

    @GetMapping("/efforts/{effortId}/pdsa/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String newCycle(@PathVariable long effortId, Model model) {
        model.addAttribute("effort", efforts.get(effortId));
        model.addAttribute("pdsaForm", PdsaForm.startingOn(LocalDate.now()));
        return "workflow/pdsa/plan";
    }

    @PostMapping("/efforts/{effortId}/pdsa")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String plan(@PathVariable long effortId, @Valid @ModelAttribute("pdsaForm") PdsaForm form, BindingResult result,
                Principal user, Model model, HttpServletResponse response) {
        ImprovementEffort effort = efforts.get(effortId);
        required(result, "changeTested", form.getChangeTested(), "Say what change is tested.");
        required(result, "prediction", form.getPrediction(), "Say what you predict will happen.");
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("effort", effort);
            return "workflow/pdsa/plan";
        }
        return "redirect:/pdsa/" + cycles.plan(effortId, form.plan(), user.getName()).id();
    }

    @GetMapping("/pdsa/{id}")
    String cycle(@PathVariable long id, Model model) {
        model.addAttribute("pdsaForm", PdsaForm.of(cycles.get(id)));
        return page(id, model);
    }

    @PostMapping("/pdsa/{id}/do")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String recordDo(@PathVariable long id, @Valid @ModelAttribute("pdsaForm") PdsaForm form, BindingResult result,
                    Principal user, Model model, HttpServletResponse response) {
        if (form.getEndsOn() == null) {
            result.rejectValue("endsOn", "required", "Give the last day the change ran.");
        } else if (form.getStartsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
            result.rejectValue("endsOn", "order", "The last day cannot be before the first day.");
        }
        return save(id, result, model, response, () -> cycles.recordDo(id, form.getVersion(), form.getStartsOn(),
                form.getEndsOn(), form.isStartsNewPhase(), form.notesOrNull(), user.getName()));
    }

    @PostMapping("/pdsa/{id}/study")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String recordStudy(@PathVariable long id, @ModelAttribute("pdsaForm") PdsaForm form, BindingResult result,
                       Principal user, Model model, HttpServletResponse response) {
        required(result, "notes", form.getNotes(), "Say what the data and the team's experience show.");
        return save(id, result, model, response,
                () -> cycles.recordStudy(id, form.getVersion(), form.getNotes(), user.getName()));
    }

    @PostMapping("/pdsa/{id}/act")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String recordAct(@PathVariable long id, @ModelAttribute("pdsaForm") PdsaForm form, BindingResult result,
                     Principal user, Model model, HttpServletResponse response) {
        Optional<ActDecision> decision = ActDecision.ofCode(form.getDecision());
        if (decision.isEmpty()) {
            result.rejectValue("decision", "required", "Choose to adopt, adapt or abandon the change.");
        }
        return save(id, result, model, response, () -> cycles.recordAct(id, form.getVersion(), decision.orElseThrow(),
                form.notesOrNull(), user.getName()));
    }

    private String save(long id, BindingResult result, Model model, HttpServletResponse response,
                        Supplier<PdsaCycle> change) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(id, model);
        }
        try {
            change.get();
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", conflict.getMessage());
            return page(id, model);
        }
        return "redirect:/pdsa/" + id;
    }

    private static void required(BindingResult result, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            result.rejectValue(field, "required", message);
        }
    }

    private String page(long id, Model model) {
        PdsaCycle cycle = cycles.get(id);
        ImprovementEffort effort = efforts.get(cycle.effortId());
        model.addAttribute("cycle", cycle);
        model.addAttribute("effort", effort);
        model.addAttribute("aim", effort.aim().describe(measures.nameOf(effort.aim().measureId())));
        model.addAttribute("decisions", ActDecision.values());
        if (cycle.endsOn() != null) {
            model.addAttribute("numbers", study.numbers(effort.aim(), cycle));
        }
        return "workflow/pdsa/cycle";
    }
}
