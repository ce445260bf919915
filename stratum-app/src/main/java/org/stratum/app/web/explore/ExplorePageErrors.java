package org.stratum.app.web.explore;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.stratum.app.equity.BadStrataParameter;
import org.stratum.app.organisation.Organisations;

/** A wrong parameter on the Explore page: a 400 page naming it and saying why, never an empty chart. */
@ControllerAdvice(assignableTypes = ExploreController.class)
class ExplorePageErrors {
    private final Organisations organisations;
    private final MessageSource messages;

    ExplorePageErrors(Organisations organisations, MessageSource messages) {
        this.organisations = organisations;
        this.messages = messages;
    }

    @ExceptionHandler(BadStrataParameter.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badParameter(BadStrataParameter problem, Model model, HttpServletRequest request) {
        model.addAttribute("heading", messages.getMessage("explore.error.heading", new Object[] {problem.parameter()},
                RequestContextUtils.getLocale(request)));
        model.addAttribute("message", problem.getMessage());
        // Model attributes of advice are not added for exception handlers: the header needs this one.
        model.addAttribute("organisation", organisations.current());
        return "explore/problem";
    }
}
