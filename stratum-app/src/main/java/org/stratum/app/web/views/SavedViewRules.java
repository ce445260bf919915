package org.stratum.app.web.views;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.validation.Errors;

/**
 * What "save this view" checks beyond the form's own constraints, for the page and the API alike: only
 * a page that can be saved, parameters as the pages write them, and a patient list only by someone
 * who may see one.
 */
public final class SavedViewRules {
    private SavedViewRules() {
    }

    /**
     * Rejects the form's path or query in {@code errors} when they cannot be saved.
     *
     * @throws AccessDeniedException when a viewer saves an outreach list
     */
    public static void check(SavedViewForm form, Errors errors, Authentication authentication) {
        if (!SavedViewPath.known(form.getPath())) {
            errors.rejectValue("path", "unknown", "Only a measure page, the gap finder or an outreach list can be saved.");
        }
        if (!SavedViewPath.wellFormedQuery(form.getQuery())) {
            errors.rejectValue("query", "malformed", "The page's parameters cannot be saved as they are.");
        }
        if (SavedViewPath.patientLevel(form.getPath()) && !mayListPatients(authentication)) {
            throw new AccessDeniedException("Only analysts and administrators may save a patient list");
        }
    }

    static boolean mayListPatients(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN") || a.getAuthority().equals("ROLE_ANALYST"));
    }
}
