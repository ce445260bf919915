package org.stratum.app.api;

/**
 * The body of every API error: the HTTP status, the parameter that is wrong (null when none is), and
 * one sentence saying why.
 */
public record ApiError(int status, String parameter, String message) {
}
