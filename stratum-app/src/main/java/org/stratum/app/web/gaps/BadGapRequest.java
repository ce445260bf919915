package org.stratum.app.web.gaps;

/** The gap finder asked for with a parameter it cannot use: a 400 page naming the parameter. */
class BadGapRequest extends RuntimeException {
    private final String parameter;

    BadGapRequest(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
