package org.stratum.app.web.outreach;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.stratum.app.organisation.Organisations;

/** A wrong parameter (400) or a site outside the person's sites (403): one message naming it, on its own page. */
@ControllerAdvice(assignableTypes = OutreachController.class)
class OutreachPageErrors {
    private final Organisations organisations;

    OutreachPageErrors(Organisations organisations) {
        this.organisations = organisations;
    }

    @ExceptionHandler(BadOutreachRequest.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(BadOutreachRequest problem, Model model) {
        return problem(model, "outreach.problem.parameter", problem.parameter(), problem.getMessage());
    }

    @ExceptionHandler(OutsideSiteScope.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String outsideScope(OutsideSiteScope problem, Model model) {
        return problem(model, "outreach.problem.site", null, problem.getMessage());
    }

    private String problem(Model model, String headingKey, String parameter, String message) {
        model.addAttribute("headingKey", headingKey);
        model.addAttribute("parameter", parameter);
        model.addAttribute("message", message);
        model.addAttribute("current", "measures");
        model.addAttribute("backPath", "/measures");
        model.addAttribute("backKey", "outreach.back");
        // Model attributes of the header advice are not added for exception handlers.
        model.addAttribute("organisation", organisations.current());
        return "dashboards/problem";
    }
}
