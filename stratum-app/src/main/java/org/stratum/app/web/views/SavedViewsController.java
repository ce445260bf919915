package org.stratum.app.web.views;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Saved views: "save this view" on the measure, gap finder and outreach pages, the list of them, and
 * reopening one at {@code /views/{id}}. A patient-level view opens only for analysts and
 * administrators; the page it leads to then limits it to the reader's own sites, as always.
 */
@Controller
class SavedViewsController {
    private final SavedViews views;

    SavedViewsController(SavedViews views) {
        this.views = views;
    }

    @GetMapping("/views")
    String list(Model model) {
        model.addAttribute("views", views.list());
        return "views/list";
    }

    @PostMapping("/views")
    String save(@Valid @ModelAttribute("savedViewForm") SavedViewForm form, BindingResult result, Principal user,
            Authentication authentication, HttpServletResponse response) {
        SavedViewRules.check(form, result, authentication);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "views/new";
        }
        long id = views.save(form.getTitle(), form.getPath(), form.getQuery(), form.getNote(), user.getName());
        return "redirect:/views?saved=" + id;
    }

    /** Reopens the view: the page it saved, with today's data and the reader's own rights. */
    @GetMapping("/views/{id}")
    String open(@PathVariable long id, Authentication authentication) {
        SavedView view = views.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no saved view " + id));
        if (view.patientLevel() && !SavedViewRules.mayListPatients(authentication)) {
            throw new AccessDeniedException("Saved view " + id + " lists patients");
        }
        return "redirect:" + view.address();
    }
}
