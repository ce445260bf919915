package org.stratum.app.web.quality;

/** A Data quality page asked for with a parameter it cannot use: a 400 page naming the parameter. */
class BadQualityRequest extends RuntimeException {
    private final String parameter;

    BadQualityRequest(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
