package org.stratum.app.workflow.efforts;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Optional;
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
import org.stratum.app.workflow.cycles.ImprovementCycles;
import org.stratum.app.workflow.pdsa.PdsaCycles;
import org.stratum.app.equity.OfferedDimensions;
import org.stratum.engine.equity.StratifyingDimension;

/** Improvement efforts and their co-design sessions: everyone reads; administrators and analysts write. */
@Controller
class EffortsController {

    private final ImprovementEfforts efforts;
    private final ImprovementCycles cycles;
    private final CoDesignSessions sessions;
    private final PdsaCycles pdsaCycles;
    private final EffortMeasures measures;
    private final OfferedDimensions offered;

    EffortsController(ImprovementEfforts efforts, ImprovementCycles cycles, CoDesignSessions sessions,
                      PdsaCycles pdsaCycles, EffortMeasures measures, OfferedDimensions offered) {
        this.efforts = efforts;
        this.cycles = cycles;
        this.sessions = sessions;
        this.pdsaCycles = pdsaCycles;
        this.measures = measures;
        this.offered = offered;
    }

    @GetMapping("/efforts/{id}")
    String effort(@PathVariable long id, Model model) {
        model.addAttribute("sessionForm", SessionForm.heldOn(LocalDate.now()));
        return effortPage(id, model);
    }

    @PostMapping("/efforts/{id}/sessions")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String recordSession(@PathVariable long id, @Valid @ModelAttribute("sessionForm") SessionForm form,
                         BindingResult result, Principal user, Model model, HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return effortPage(id, model);
        }
        sessions.record(id, form.getHeldOn(), form.getParticipants(), form.getHeard(), form.getDecided(), user.getName());
        return "redirect:/efforts/" + id + "#sessions";
    }

    @GetMapping("/cycles/{cycleId}/efforts/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String newEffort(@PathVariable long cycleId, Model model) {
        EffortForm form = new EffortForm();
        form.setTargetDate(cycles.get(cycleId).endsOn());
        model.addAttribute("effortForm", form);
        return form(model, cycleId, null);
    }

    @PostMapping("/cycles/{cycleId}/efforts")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String add(@PathVariable long cycleId, @Valid @ModelAttribute("effortForm") EffortForm form, BindingResult result,
               Principal user, Model model, HttpServletResponse response) {
        cycles.get(cycleId);
        Optional<StratifyingDimension> dimension = check(form, result);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, cycleId, null);
        }
        return "redirect:/efforts/" + efforts.add(cycleId, form.plan(dimension.orElseThrow()), user.getName()).id();
    }

    @GetMapping("/efforts/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String edit(@PathVariable long id, Model model) {
        ImprovementEffort effort = efforts.get(id);
        model.addAttribute("effortForm", EffortForm.of(effort));
        return form(model, effort.cycleId(), effort);
    }

    @PostMapping("/efforts/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String change(@PathVariable long id, @Valid @ModelAttribute("effortForm") EffortForm form, BindingResult result,
                  Principal user, Model model, HttpServletResponse response) {
        ImprovementEffort effort = efforts.get(id);
        Optional<StratifyingDimension> dimension = check(form, result);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, effort.cycleId(), effort);
        }
        try {
            efforts.change(id, form.getVersion(), form.plan(dimension.orElseThrow()), user.getName());
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", conflict.getMessage());
            return form(model, effort.cycleId(), effort);
        }
        return "redirect:/efforts/" + id;
    }

    /** The checks the annotations cannot make: a measure in the library and a dimension offered. */
    private Optional<StratifyingDimension> check(EffortForm form, BindingResult result) {
        if (!form.getMeasureId().isEmpty() && measures.find(form.getMeasureId()).isEmpty()) {
            result.rejectValue("measureId", "unknown", "There is no measure '" + form.getMeasureId() + "' in the library.");
        }
        Optional<StratifyingDimension> dimension = offered.find(form.getDimension());
        if (!form.getDimension().isEmpty() && dimension.isEmpty()) {
            result.rejectValue("dimension", "unknown", StratifyingDimension.fromParameter(form.getDimension()).isPresent()
                    ? offered.refusal(form.getDimension())
                    : "'" + form.getDimension() + "' is not a dimension measures are stratified by.");
        }
        return dimension;
    }

    private String effortPage(long id, Model model) {
        ImprovementEffort effort = efforts.get(id);
        model.addAttribute("effort", effort);
        model.addAttribute("aim", effort.aim().describe(measures.nameOf(effort.aim().measureId())));
        model.addAttribute("cycle", cycles.get(effort.cycleId()));
        model.addAttribute("sessions", sessions.forEffort(id));
        model.addAttribute("pdsaCycles", pdsaCycles.forEffort(id));
        return "workflow/efforts/effort";
    }

    private String form(Model model, long cycleId, ImprovementEffort effort) {
        model.addAttribute("cycle", cycles.get(cycleId));
        model.addAttribute("effort", effort);
        model.addAttribute("measures", measures.library().measures());
        model.addAttribute("dimensions", offered.all());
        return "workflow/efforts/form";
    }
}
