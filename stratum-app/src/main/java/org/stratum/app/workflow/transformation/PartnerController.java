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

/** Recording and changing community partners and their joint actions: administrators and analysts. */
@Controller
@PreAuthorize(TransformationController.EDITORS)
class PartnerController {
    private final CommunityPartners partners;

    PartnerController(CommunityPartners partners) {
        this.partners = partners;
    }

    @GetMapping("/transformation/partners/new")
    String newForm(Model model) {
        model.addAttribute("partnerForm", new PartnerForm());
        return form(model, null);
    }

    @GetMapping("/transformation/partners/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("partnerForm", PartnerForm.of(partners.get(id)));
        return form(model, id);
    }

    @PostMapping("/transformation/partners")
    String create(@Valid @ModelAttribute PartnerForm partnerForm, BindingResult result, Principal user, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return save(null, partnerForm, result, user, model, redirect, response);
    }

    @PostMapping("/transformation/partners/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute PartnerForm partnerForm, BindingResult result, Principal user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        partners.get(id);
        return save(id, partnerForm, result, user, model, redirect, response);
    }

    private String save(Long id, PartnerForm form, BindingResult result, Principal user, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasFieldErrors("name") && partners.nameTaken(form.getName().strip(), id)) {
            result.rejectValue("name", "taken", "There is already a partner with this name.");
        }
        return LoggedRecordSave.save(result, response, redirect, () -> form(model, id), () -> {
            if (id == null) {
                partners.create(form.partner(null), user.getName());
            } else {
                partners.update(id, form.partner(id), user.getName());
            }
        });
    }

    private String form(Model model, Long id) {
        model.addAttribute("recordId", id);
        return "workflow/transformation/partner";
    }
}
