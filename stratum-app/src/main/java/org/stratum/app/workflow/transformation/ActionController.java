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

/** Recording and changing institutional actions: administrators and analysts. */
@Controller
@PreAuthorize(TransformationController.EDITORS)
class ActionController {
    private final InstitutionalActions actions;

    ActionController(InstitutionalActions actions) {
        this.actions = actions;
    }

    @GetMapping("/transformation/actions/new")
    String newForm(Model model) {
        model.addAttribute("actionForm", new ActionForm());
        return form(model, null);
    }

    @GetMapping("/transformation/actions/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("actionForm", ActionForm.of(actions.get(id)));
        return form(model, id);
    }

    @PostMapping("/transformation/actions")
    String create(@Valid @ModelAttribute ActionForm actionForm, BindingResult result, Principal user, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return save(null, actionForm, result, user, model, redirect, response);
    }

    @PostMapping("/transformation/actions/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute ActionForm actionForm, BindingResult result, Principal user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        actions.get(id);
        return save(id, actionForm, result, user, model, redirect, response);
    }

    private String save(Long id, ActionForm form, BindingResult result, Principal user, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        return LoggedRecordSave.save(result, response, redirect, () -> form(model, id), () -> {
            if (id == null) {
                actions.create(form.action(null), user.getName());
            } else {
                actions.update(id, form.action(id), user.getName());
            }
        });
    }

    private String form(Model model, Long id) {
        model.addAttribute("recordId", id);
        model.addAttribute("kinds", ActionKind.values());
        model.addAttribute("statuses", ActionStatus.values());
        return "workflow/transformation/action";
    }
}
