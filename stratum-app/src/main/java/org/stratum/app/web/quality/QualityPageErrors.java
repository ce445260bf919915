package org.stratum.app.web.quality;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.stratum.app.organisation.Organisations;

/** A wrong parameter on a Data quality page: one message naming it, never an empty chart or a stack trace. */
@ControllerAdvice(assignableTypes = {DataQualityController.class, ReaskController.class})
class QualityPageErrors {
    private final Organisations organisations;

    QualityPageErrors(Organisations organisations) {
        this.organisations = organisations;
    }

    @ExceptionHandler(BadQualityRequest.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(BadQualityRequest problem, Model model) {
        model.addAttribute("parameter", problem.parameter());
        model.addAttribute("message", problem.getMessage());
        // Model attributes of the advice are not added for exception handlers: the header needs this one.
        model.addAttribute("organisation", organisations.current());
        return "quality/problem";
    }
}
