package org.stratum.app.workflow.transformation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Logging and changing barriers and learnings: administrators and analysts. */
@Controller
@PreAuthorize(TransformationController.EDITORS)
class BarrierController {
    private final Barriers barriers;

    BarrierController(Barriers barriers) {
        this.barriers = barriers;
    }

    @GetMapping("/transformation/barriers/new")
    String newForm(Model model) {
        model.addAttribute("barrierForm", new BarrierForm());
        return form(model, null);
    }

    @GetMapping("/transformation/barriers/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("barrierForm", BarrierForm.of(barriers.get(id)));
        return form(model, id);
    }

    @PostMapping("/transformation/barriers")
    String create(@Valid @ModelAttribute BarrierForm barrierForm, BindingResult result, Principal user, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return save(null, barrierForm, result, user, model, redirect, response);
    }

    @PostMapping("/transformation/barriers/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute BarrierForm barrierForm, BindingResult result, Principal user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        barriers.get(id);
        return save(id, barrierForm, result, user, model, redirect, response);
    }

    private String save(Long id, BarrierForm form, BindingResult result, Principal user, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        form.check(result);
        return LoggedRecordSave.save(result, response, redirect, () -> form(model, id), () -> {
            if (id == null) {
                barriers.create(form.barrier(null), user.getName());
            } else {
                barriers.update(id, form.barrier(id), user.getName());
            }
        });
    }

    private String form(Model model, Long id) {
        model.addAttribute("recordId", id);
        model.addAttribute("kinds", BarrierKind.values());
        model.addAttribute("levels", BarrierLevel.values());
        model.addAttribute("statuses", BarrierStatus.values());
        return "workflow/transformation/barrier";
    }
}
