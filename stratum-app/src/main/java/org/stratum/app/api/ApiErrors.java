package org.stratum.app.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.stratum.app.equity.BadStrataParameter;

/** API errors as JSON naming the parameter: 400 for a wrong one, 404 for a measure that does not exist, 403. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    @ExceptionHandler(BadStrataParameter.class)
    ResponseEntity<ApiError> badParameter(BadStrataParameter problem) {
        HttpStatus status = problem.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return error(status, problem.parameter(), problem.getMessage());
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
        return error(HttpStatus.FORBIDDEN, null, "Your role may not use this endpoint.");
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String parameter, String message) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), parameter, message));
    }
}
