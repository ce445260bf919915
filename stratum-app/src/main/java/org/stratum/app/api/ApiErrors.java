package org.stratum.app.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.stratum.app.equity.BadStrataParameter;
import org.stratum.app.web.measures.BadMeasureRequest;
import org.stratum.app.web.measures.UnknownMeasurePage;
import org.stratum.app.web.outreach.BadOutreachRequest;
import org.stratum.app.web.outreach.OutsideSiteScope;
import org.stratum.app.web.quality.BadQualityRequest;

/**
 * API errors as JSON naming the parameter: 400 for a wrong one, 404 for a measure that does not exist,
 * 403 for a role or site the caller may not use. The pages' services throw their own exceptions; each is
 * answered here in the API's form.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    @ExceptionHandler(BadStrataParameter.class)
    ResponseEntity<ApiError> badParameter(BadStrataParameter problem) {
        HttpStatus status = problem.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return error(status, problem.parameter(), problem.getMessage());
    }

    @ExceptionHandler(BadMeasureRequest.class)
    ResponseEntity<ApiError> badMeasureParameter(BadMeasureRequest problem) {
        return error(HttpStatus.BAD_REQUEST, problem.parameter(), problem.getMessage());
    }

    @ExceptionHandler(UnknownMeasurePage.class)
    ResponseEntity<ApiError> unknownMeasure(UnknownMeasurePage problem) {
        return error(HttpStatus.NOT_FOUND, "measure", problem.getMessage());
    }

    @ExceptionHandler(BadOutreachRequest.class)
    ResponseEntity<ApiError> badOutreachParameter(BadOutreachRequest problem) {
        return error(HttpStatus.BAD_REQUEST, problem.parameter(), problem.getMessage());
    }

    @ExceptionHandler(OutsideSiteScope.class)
    ResponseEntity<ApiError> outsideSites(OutsideSiteScope problem) {
        return error(HttpStatus.FORBIDDEN, "filter", problem.getMessage());
    }

    @ExceptionHandler(BadQualityRequest.class)
    ResponseEntity<ApiError> badQualityParameter(BadQualityRequest problem) {
        return error(HttpStatus.BAD_REQUEST, problem.parameter(), problem.getMessage());
    }

    @ExceptionHandler(InvalidField.class)
    ResponseEntity<ApiError> invalidField(InvalidField problem) {
        return error(HttpStatus.BAD_REQUEST, problem.field(), problem.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadableBody(HttpMessageNotReadableException problem) {
        return error(HttpStatus.BAD_REQUEST, "body", "The request body is not the JSON object this endpoint takes.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException problem) {
        return error(HttpStatus.BAD_REQUEST, problem.getParameterName(), "The parameter '" + problem.getParameterName()
                + "' is required.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mistyped(MethodArgumentTypeMismatchException problem) {
        return error(HttpStatus.BAD_REQUEST, problem.getName(), "'" + problem.getValue() + "' is not a valid "
                + problem.getName() + ".");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException problem) {
        return error(HttpStatus.FORBIDDEN, null, "Your role may not use this endpoint: patient-level data is for"
                + " analysts and administrators.");
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String parameter, String message) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), parameter, message));
    }
}
