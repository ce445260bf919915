package org.stratum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stratum.app.web.views.SavedViewForm;
import org.stratum.app.web.views.SavedViewRules;
import org.stratum.app.web.views.SavedViews;

/**
 * Saved views over HTTP: the list, and "save this view" with the page's checks ({@link SavedViewRules}):
 * any role may save a measure page or the gap finder, only analysts and administrators an outreach list.
 * A POST needs no CSRF token: the API chain signs every request in by HTTP Basic and keeps no session.
 */
@RestController
@RequestMapping("/api/v1/views")
class SavedViewsApiController {
    private final SavedViews views;

    SavedViewsApiController(SavedViews views) {
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "Every saved view, newest first")
    List<SavedViewJson> list() {
        return views.list().stream().map(SavedViewJson::of).toList();
    }

    @PostMapping
    @Operation(summary = "Save a view: a title (required, at most 200 characters), the page's path (/measures/{id},"
            + " /gaps or /outreach) and query, an optional note (at most 2,000 characters); 201 with the view")
    ResponseEntity<SavedViewJson> save(@Valid @RequestBody SavedViewForm form, BindingResult result, Authentication caller) {
        SavedViewRules.check(form, result, caller);
        if (result.hasFieldErrors()) {
            var error = result.getFieldErrors().get(0);
            throw new InvalidField(error.getField(), error.getDefaultMessage());
        }
        long id = views.save(form.getTitle(), form.getPath(), form.getQuery(), form.getNote(), caller.getName());
        SavedViewJson saved = SavedViewJson.of(views.find(id).orElseThrow());
        return ResponseEntity.created(URI.create("/views/" + id)).body(saved);
    }
}
