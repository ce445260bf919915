package org.stratum.app.workflow.rootcause;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stratum.app.workflow.record.StaleRecord;

/** Root-cause analyses: everyone reads them; administrators and analysts record and change them. */
@Controller
class RootCauseController {
    private static final String EDITORS = "hasAnyRole('ADMIN', 'ANALYST')";

    private final RootCauseAnalyses analyses;

    RootCauseController(RootCauseAnalyses analyses) {
        this.analyses = analyses;
    }

    @GetMapping("/root-causes")
    String list(Model model) {
        model.addAttribute("analyses", analyses.list());
        return "workflow/rootcause/list";
    }

    @GetMapping("/root-causes/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("analysis", analyses.get(id));
        return "workflow/rootcause/analysis";
    }

    @GetMapping("/root-causes/new")
    @PreAuthorize(EDITORS)
    String newForm(Model model) {
        model.addAttribute("rootCauseForm", new RootCauseForm());
        return form(model, null);
    }

    @PostMapping("/root-causes")
    @PreAuthorize(EDITORS)
    String create(@Valid @ModelAttribute RootCauseForm rootCauseForm, BindingResult result, Principal user, Model model,
                  HttpServletResponse response) {
        rootCauseForm.check(result);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, null);
        }
        long id = analyses.create(rootCauseForm.analysis(null), user.getName());
        return "redirect:/root-causes/" + id;
    }

    @GetMapping("/root-causes/{id}/edit")
    @PreAuthorize(EDITORS)
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("rootCauseForm", RootCauseForm.of(analyses.get(id)));
        return form(model, id);
    }

    @PostMapping("/root-causes/{id}")
    @PreAuthorize(EDITORS)
    String update(@PathVariable long id, @Valid @ModelAttribute RootCauseForm rootCauseForm, BindingResult result,
                  Principal user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        analyses.get(id);
        rootCauseForm.check(result);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, id);
        }
        try {
            analyses.update(id, rootCauseForm.analysis(id), user.getName());
        } catch (StaleRecord stale) {
            // Keep what the person typed on the form, so nothing of theirs is lost while they reload.
            result.reject("stale", stale.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, id);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/root-causes/" + id;
    }

    private String form(Model model, Long id) {
        model.addAttribute("analysisId", id);
        model.addAttribute("perspectives", Perspective.values());
        return "workflow/rootcause/edit";
    }
}
