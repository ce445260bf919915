package org.stratum.app.web.measures;

/** A measure page asked for with a parameter it cannot use: shown as a 400 page naming the parameter. */
class BadMeasureRequest extends RuntimeException {
    private final String parameter;

    BadMeasureRequest(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
