package org.stratum.app.workflow.drivers;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stratum.app.workflow.assessment.RoundResults;
import org.stratum.core.toolkit.KeyDriver;

/** The aim and driver diagram: everyone reads it; administrators reword it. */
@Controller
class DriverDiagramController {

    private final DriverDiagrams diagrams;
    private final RoundResults results;

    DriverDiagramController(DriverDiagrams diagrams, RoundResults results) {
        this.diagrams = diagrams;
        this.results = results;
    }

    @GetMapping("/drivers")
    String diagram(Model model) {
        model.addAttribute("diagram", diagrams.current());
        model.addAttribute("latest", results.latest().orElse(null));
        return "workflow/drivers/diagram";
    }

    @GetMapping("/drivers/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editForm(Model model) {
        model.addAttribute("diagramForm", DriverDiagramForm.of(diagrams.current()));
        return describeForm(model);
    }

    @PostMapping("/drivers")
    @PreAuthorize("hasRole('ADMIN')")
    String change(@Valid @ModelAttribute("diagramForm") DriverDiagramForm form, BindingResult result, Principal user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!form.hasOneStatementPerDriver()) {
            result.reject("drivers.form.everyDriver", new Object[] {KeyDriver.values().length}, null);
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return describeForm(model);
        }
        diagrams.change(form.diagram(), user.getName());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/drivers";
    }

    private String describeForm(Model model) {
        model.addAttribute("drivers", KeyDriver.values());
        return "workflow/drivers/edit";
    }
}
