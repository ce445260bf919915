package org.stratum.app.web.measures;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.stratum.app.organisation.Organisations;

/**
 * A wrong parameter or an unknown measure on a measure page: one clear message naming it, on a page
 * of its own, never an empty chart that looks like data and never a stack trace.
 */
@ControllerAdvice(assignableTypes = {MeasuresController.class, MeasureDetailController.class,
        MonitorController.class})
class MeasurePageErrors {
    private final Organisations organisations;

    MeasurePageErrors(Organisations organisations) {
        this.organisations = organisations;
    }

    @ExceptionHandler(BadMeasureRequest.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(BadMeasureRequest problem, Model model) {
        model.addAttribute("heading", "The " + problem.parameter() + " cannot be shown");
        model.addAttribute("message", problem.getMessage());
        // Model attributes of the advice are not added for exception handlers: the header needs this one.
        model.addAttribute("organisation", organisations.current());
        return "measures/problem";
    }

    @ExceptionHandler(UnknownMeasurePage.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown(UnknownMeasurePage problem, Model model) {
        model.addAttribute("heading", "Measure not found");
        model.addAttribute("message", problem.getMessage());
        // Model attributes of the advice are not added for exception handlers: the header needs this one.
        model.addAttribute("organisation", organisations.current());
        return "measures/problem";
    }
}
