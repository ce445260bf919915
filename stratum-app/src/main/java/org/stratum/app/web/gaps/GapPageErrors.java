package org.stratum.app.web.gaps;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.stratum.app.organisation.Organisations;

/** A wrong parameter on the gap finder: one message naming it, on a page of its own (400). */
@ControllerAdvice(assignableTypes = GapsController.class)
class GapPageErrors {
    private final Organisations organisations;
    private final MessageSource messages;

    GapPageErrors(Organisations organisations, MessageSource messages) {
        this.organisations = organisations;
        this.messages = messages;
    }

    @ExceptionHandler(BadGapRequest.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(BadGapRequest problem, Model model, Locale locale) {
        model.addAttribute("headingKey", "gaps.problem.parameter");
        model.addAttribute("parameter", problem.parameter());
        model.addAttribute("message", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
        model.addAttribute("current", "gaps");
        model.addAttribute("backPath", "/gaps");
        model.addAttribute("backKey", "gaps.back");
        // Model attributes of the header advice are not added for exception handlers.
        model.addAttribute("organisation", organisations.current());
        return "dashboards/problem";
    }
}
